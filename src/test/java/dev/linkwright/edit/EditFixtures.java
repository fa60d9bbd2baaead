package dev.linkwright.edit;

import dev.linkwright.command.CommandStack;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;

/** Designs for the editing tests: the built-in samples, opened fresh. */
final class EditFixtures {

    private EditFixtures() {
    }

    static Design sample(String name) {
        try {
            return BuiltInSamples.load(name);
        } catch (DesignFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The classic PrivateLink picture: vpc-a/subnet-a/instance-a, vpc-b/subnet-b with nlb-b and two instances. */
    static Design privateLink() {
        return sample("privatelink-basic.json");
    }

    static ElementId id(String s) {
        return ElementId.of(s);
    }

    static CommandStack stack(Design d) {
        return new CommandStack(d);
    }
}
