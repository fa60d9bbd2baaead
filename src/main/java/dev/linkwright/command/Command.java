package dev.linkwright.command;

import dev.linkwright.model.Design;

/**
 * One edit of a design that can be undone. Commands are executed by a {@link CommandStack}, which
 * groups their changes so listeners hear about each command once.
 *
 * <pre>{@code
 * stack.execute(Edits.add(newInstance, bounds));
 * stack.undo();
 * }</pre>
 */
public interface Command {

    /** What the edit does, for the Edit menu: "Add EC2 instance web-1". */
    String description();

    /** True when executing now would change nothing; such commands never reach the undo history. */
    boolean changesNothing(Design design);

    void execute(Design design);

    /** Reverts {@link #execute}; called only right after it (or after a redo). */
    void undo(Design design);
}
