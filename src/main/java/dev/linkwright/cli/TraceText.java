package dev.linkwright.cli;

import dev.linkwright.analysis.Advisory;
import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Hop;
import dev.linkwright.analysis.Step;
import dev.linkwright.analysis.StepResult;
import dev.linkwright.analysis.Trace;
import java.io.PrintWriter;
import java.util.List;

/** A {@link Trace} as the readable hop-by-hop text {@code reach} prints without {@code --json}. */
public final class TraceText {

    private TraceText() {
    }

    public static void print(Trace t, PrintWriter out) {
        out.println(t.verdict() + " (" + t.disposition() + ")");
        if (t.blockedAt() != null) {
            out.println();
            out.println("Blocked at " + describe(t.blockedAt()));
        }
        for (BlockedAt b : t.alsoBlocking()) {
            out.println("Also blocking: " + describe(b));
        }
        out.println();
        out.println("Forward path:");
        hops(t.forward(), out);
        if (!t.returnPath().isEmpty()) {
            out.println();
            out.println("Return path:");
            hops(t.returnPath(), out);
        }
        if (!t.advisories().isEmpty()) {
            out.println();
            for (Advisory a : t.advisories()) {
                out.println("Advisory " + a.code() + (a.elementId() == null ? "" : " (" + a.elementId() + ")") + ": " + a.message());
            }
        }
        if (!t.detailCodes().isEmpty()) {
            out.println();
            out.println("Detail codes: " + String.join(", ", t.detailCodes()));
        }
    }

    private static String describe(BlockedAt b) {
        return b.elementId() + " (" + b.direction().wire() + " path) " + b.code() + (b.detail() == null ? "" : " / " + b.detail())
                + " [" + b.rule() + "]: " + b.message();
    }

    private static void hops(List<Hop> hops, PrintWriter out) {
        int n = 1;
        for (Hop h : hops) {
            out.printf("%3d. %s (%s)%n", n++, h.id(), h.kind().label());
            for (Step s : h.steps()) {
                String mark = s.result() == StepResult.PASS ? "ok  " : s.result() == StepResult.FAIL ? "FAIL" : "    ";
                out.printf("       %s %-24s %s%n", mark, s.action(), s.detail());
                if (s.packet() != null) {
                    out.printf("            %-24s %s%n", "", s.packet());
                }
            }
        }
    }
}
