package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices a trace made where AWS may pick among several equals (a load balancer's targets),
 * so that the analyzer can try the next combination when the first one is blocked: a connection
 * that works on some target is reachable, like it is for a client that retries.
 */
final class Choices {

    private final List<ElementId> keys = new ArrayList<>();
    private final List<int[]> points = new ArrayList<>();
    private int cursor;

    /** The index to use at choice point {@code key} among {@code n} options. */
    int pick(ElementId key, int n) {
        if (cursor < keys.size() && keys.get(cursor).equals(key)) {
            int[] p = points.get(cursor++);
            p[0] = n;
            return Math.min(p[1], n - 1);
        }
        while (keys.size() > cursor) {
            keys.remove(keys.size() - 1);
            points.remove(points.size() - 1);
        }
        keys.add(key);
        points.add(new int[] {n, 0});
        cursor++;
        return 0;
    }

    /** Moves to the next combination; false when every combination was tried. */
    boolean advance() {
        cursor = 0;
        for (int i = points.size() - 1; i >= 0; i--) {
            int[] p = points.get(i);
            if (p[1] + 1 < p[0]) {
                p[1]++;
                while (points.size() > i + 1) {
                    points.remove(points.size() - 1);
                    keys.remove(keys.size() - 1);
                }
                return true;
            }
        }
        return false;
    }
}
