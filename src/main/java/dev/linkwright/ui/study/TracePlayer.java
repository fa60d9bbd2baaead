package dev.linkwright.ui.study;

import dev.linkwright.analysis.Trace;
import dev.linkwright.model.ElementId;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Shows the engine's trace after a reveal, hop by hop. Study mode only talks to this interface, so
 * the animated simulator of issue 6 can replace the simple list ({@link TraceListPlayer}).
 */
public interface TracePlayer {

    /** The node to put under the canvas. */
    Node node();

    /** Shows {@code trace}; null clears the player. */
    void show(Trace trace);

    /** Called with the element of a hop the student picks in the player (to find it on the canvas). */
    void setOnHopChosen(Consumer<ElementId> handler);
}
