package dev.linkwright.ui.canvas;

import dev.linkwright.model.ElementId;

/**
 * What the canvas shows while something is dragged over it: the element that would receive the
 * drop or the connection (highlighted green when allowed, red when not; null for the empty canvas),
 * and a message near the pointer (what will happen, or why it cannot).
 *
 * @param target the element to highlight, or null
 * @param allowed whether releasing here does something
 * @param message one sentence for the user; may be empty to show nothing
 */
public record DropFeedback(ElementId target, boolean allowed, String message) {

    /** Feedback that shows nothing: the drag stays where it is. */
    public static DropFeedback none() {
        return new DropFeedback(null, true, "");
    }
}
