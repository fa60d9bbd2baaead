package dev.linkwright.model;

/** A host on the public internet, e.g. a web server at 198.51.100.10. */
public record InternetHost(ElementId id, String name, ElementId parent, Ipv4Address ip) implements Element {

    public InternetHost {
        name = Lists.text(name);
        if (ip == null) {
            throw new IllegalArgumentException("an internet host needs an IP address");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.INTERNET_HOST;
    }
}
