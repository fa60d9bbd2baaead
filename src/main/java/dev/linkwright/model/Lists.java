package dev.linkwright.model;

import java.util.List;

/** Small helpers for the immutable lists held by elements. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
