package dev.linkwright.ui.study;

import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Hop;
import dev.linkwright.analysis.Step;
import dev.linkwright.analysis.StepResult;
import dev.linkwright.analysis.Trace;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One hop of a trace as a line of the trace list: direction, position, the element and what was
 * checked there, and whether the packet was dropped at it.
 */
public record TraceLine(Direction direction, int index, ElementId elementId, String text, boolean failed) {

    /** Every hop of {@code trace}, forward then return. */
    public static List<TraceLine> of(Trace trace) {
        List<TraceLine> lines = new ArrayList<>();
        add(lines, Direction.FORWARD, trace.forward());
        add(lines, Direction.RETURN, trace.returnPath());
        return lines;
    }

    private static void add(List<TraceLine> lines, Direction d, List<Hop> hops) {
        int i = 1;
        for (Hop h : hops) {
            boolean failed = h.steps().stream().anyMatch(s -> s.result() == StepResult.FAIL);
            String steps = h.steps().stream().map(TraceLine::step).collect(Collectors.joining("; "));
            lines.add(new TraceLine(d, i++, h.id(), h.id() + " (" + h.kind().label() + ")" + (steps.isEmpty() ? "" : ": " + steps), failed));
        }
    }

    private static String step(Step s) {
        String mark = s.result() == StepResult.PASS ? "✓ " : s.result() == StepResult.FAIL ? "✗ " : "";
        String detail = s.detail().strip();
        return mark + (detail.endsWith(".") ? detail.substring(0, detail.length() - 1) : detail);
    }

    /** "→ 3. sg-p1 ..." or "← 2. ...". */
    public String display() {
        return (direction == Direction.FORWARD ? "→ " : "← ") + index + ". " + text;
    }
}
