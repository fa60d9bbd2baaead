package dev.linkwright.command;

import dev.linkwright.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one owner of a design's undo history. Every edit goes through {@link #execute}: commands that
 * change nothing are dropped, each command's changes reach listeners as one group, and a revision
 * number (which the UI watches for the dirty marker) counts every change.
 */
public final class CommandStack {

    private final Design design;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int limit;
    private long revision;
    private long nextStateId = 1;
    private long savedState;

    /** A command in the history with the id of the state it leads to. */
    private record Entry(Command command, long stateId) {
    }

    public CommandStack(Design design) {
        this(design, 500);
    }

    public CommandStack(Design design, int limit) {
        this.design = design;
        this.limit = limit;
    }

    public Design design() {
        return design;
    }

    /** Executes {@code command} and records it for undo; returns false when it changed nothing. */
    public boolean execute(Command command) {
        if (command.changesNothing(design)) {
            return false;
        }
        run(command::execute);
        undo.push(new Entry(command, nextStateId++));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        revision++;
        fire();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of the edit {@link #undo()} would revert. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command().description());
    }

    public void undo() {
        Entry e = undo.pop();
        run(e.command()::undo);
        redo.push(e);
        revision++;
        fire();
    }

    public void redo() {
        Entry e = redo.pop();
        run(e.command()::execute);
        undo.push(e);
        revision++;
        fire();
    }

    private long currentState() {
        Entry top = undo.peek();
        return top == null ? 0 : top.stateId();
    }

    private void run(java.util.function.Consumer<Design> action) {
        design.beginUpdate();
        try {
            action.accept(design);
        } finally {
            design.endUpdate();
        }
    }

    /** A number that grows with every edit, undo and redo, for views that refresh on change. */
    public long revision() {
        return revision;
    }

    /** True when the design differs from what was last saved (undoing back to it clears the mark). */
    public boolean isDirty() {
        return currentState() != savedState;
    }

    /** Records that the design as it is now has been saved. */
    public void markSaved() {
        savedState = currentState();
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
