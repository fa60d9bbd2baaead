package dev.linkwright.model;

/** The public internet, drawn as a cloud holding the internet hosts of the design. */
public record Internet(ElementId id, String name) implements Element {

    public Internet {
        name = Lists.text(name);
    }

    @Override
    public ElementId parent() {
        return null;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.INTERNET;
    }
}
