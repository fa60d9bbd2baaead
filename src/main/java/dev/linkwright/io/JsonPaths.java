package dev.linkwright.io;

import java.util.List;

/** Converts JSON Pointers ({@code /a/0/b}) into the {@code $.a[0].b} form shown to users. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    static String display(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "$";
        }
        StringBuilder sb = new StringBuilder("$");
        for (String part : pointer.substring(1).split("/", -1)) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(key).append(']');
            } else if (key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                sb.append('.').append(key);
            } else {
                sb.append("['").append(key).append("']");
            }
        }
        return sb.toString();
    }

    static String pointer(List<Object> parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append('/').append(p.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
