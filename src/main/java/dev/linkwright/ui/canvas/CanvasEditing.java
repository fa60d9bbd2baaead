package dev.linkwright.ui.canvas;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import java.util.Set;

/**
 * What the canvas's editing gestures ask of the editor: is this move or connection allowed (and
 * where would it land), and do it. The gestures only preview; every change is made by the editor
 * as one command when the gesture ends.
 */
public interface CanvasEditing {

    /** The tool the pointer works with. */
    enum Tool {
        /** Click, shift-click and marquee select; drag moves; the corner handle resizes. */
        SELECT,
        /** Drag from one element to another connects them. */
        CONNECT
    }

    /** The current tool. */
    Tool tool();

    /** What dropping {@code ids} (moved by a drag) into the container {@code under} would do. */
    DropFeedback checkMove(Set<ElementId> ids, ElementId under);

    /** Moves {@code ids} by ({@code dx}, {@code dy}) diagram units, into {@code under} when that is a new container. */
    void move(Set<ElementId> ids, double dx, double dy, ElementId under);

    /** The smallest bounds container {@code id} may be resized to (absolute). */
    Bounds minimumSize(ElementId id);

    /** Resizes container {@code id} to {@code absolute} bounds. */
    void resize(ElementId id, Bounds absolute);

    /** What connecting {@code from} to {@code to} would do. */
    DropFeedback checkConnect(ElementId from, ElementId to);

    /** Connects {@code from} and {@code to}. */
    void connect(ElementId from, ElementId to);
}
