package dev.linkwright.ui.canvas;

import java.util.Objects;

/**
 * A small mark drawn on an element of the canvas, e.g. for validation findings: a red error or an
 * amber warning badge, the number of things it stands for, and the text hovering the element shows.
 * The canvas knows nothing of what the badge means.
 *
 * <pre>{@code
 * canvas.setBadges(Map.of(ElementId.of("subnet-a"), new ElementBadge(ElementBadge.Level.ERROR, 2, "E_... ")));
 * }</pre>
 *
 * @param level how bad: red for errors, amber for warnings
 * @param count how many problems the badge stands for (shown when above one)
 * @param text  what hovering the element adds to its tooltip, one problem per line
 */
public record ElementBadge(Level level, int count, String text) {

    /** The badge's colour. */
    public enum Level {
        ERROR, WARNING
    }

    public ElementBadge {
        Objects.requireNonNull(level);
        count = Math.max(1, count);
        text = text == null ? "" : text;
    }

    /** The worse level of the two, the counts added and the texts joined. */
    ElementBadge combine(ElementBadge other) {
        Level worse = level == Level.ERROR || other.level == Level.ERROR ? Level.ERROR : Level.WARNING;
        return new ElementBadge(worse, count + other.count, text.isEmpty() ? other.text : other.text.isEmpty() ? text : text + "\n" + other.text);
    }
}
