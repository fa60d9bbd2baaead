package dev.linkwright.command;

import dev.linkwright.model.Design;

/** Changes the design's title and description. */
public final class SetDesignInfo implements Command {

    private final String title;
    private final String description;
    private String previousTitle;
    private String previousDescription;

    public SetDesignInfo(String title, String description) {
        this.title = title == null ? "" : title;
        this.description = description == null ? "" : description;
    }

    @Override
    public String description() {
        return "Edit design title";
    }

    @Override
    public boolean changesNothing(Design design) {
        return design.title().equals(title) && design.description().equals(description);
    }

    @Override
    public void execute(Design design) {
        previousTitle = design.title();
        previousDescription = design.description();
        design.setTitle(title);
        design.setDescription(description);
    }

    @Override
    public void undo(Design design) {
        design.setTitle(previousTitle);
        design.setDescription(previousDescription);
    }
}
