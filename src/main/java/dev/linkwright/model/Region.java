package dev.linkwright.model;

/** An AWS Region of one account, e.g. {@code us-east-1}. */
public record Region(ElementId id, String name, ElementId parent, String code) implements Element {

    public Region {
        name = Lists.text(name);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.REGION;
    }

    @Override
    public String label() {
        return name.isEmpty() ? code : name;
    }
}
