package dev.linkwright.command;

import dev.linkwright.model.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Several commands as one edit: one gesture, one undo entry. Parts that would change nothing when
 * their turn comes are skipped, and undo reverts the executed parts in reverse order.
 */
public final class CompositeCommand implements Command {

    private final String description;
    private final List<Command> parts;
    private final List<Command> executed = new ArrayList<>();

    public CompositeCommand(String description, List<? extends Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean changesNothing(Design design) {
        // a later part may depend on an earlier one, so only an empty or all-no-op list is known to change nothing
        for (Command c : parts) {
            if (!c.changesNothing(design)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void execute(Design design) {
        executed.clear();
        try {
            for (Command c : parts) {
                if (!c.changesNothing(design)) {
                    c.execute(design);
                    executed.add(c);
                }
            }
        } catch (RuntimeException e) {
            undo(design);
            throw e;
        }
    }

    @Override
    public void undo(Design design) {
        for (int i = executed.size() - 1; i >= 0; i--) {
            executed.get(i).undo(design);
        }
    }
}
