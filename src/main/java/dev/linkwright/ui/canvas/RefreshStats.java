package dev.linkwright.ui.canvas;

/**
 * What one canvas refresh did to the scene graph: nodes created, redrawn (their look changed),
 * only moved, and removed. Unchanged nodes are not counted.
 *
 * @param created element and line nodes created
 * @param redrawn nodes whose children were rebuilt
 * @param moved nodes only relocated
 * @param removed nodes taken out
 * @param millis time the refresh took, geometry included
 */
public record RefreshStats(int created, int redrawn, int moved, int removed, double millis) {

    /** Nodes created, redrawn or removed: the expensive work. */
    public int rebuilt() {
        return created + redrawn + removed;
    }
}
