package dev.linkwright.model;

/** Hears about each grouped change of a {@link Topology} once. */
@FunctionalInterface
public interface TopologyListener {
    void topologyChanged(TopologyChange change);
}
