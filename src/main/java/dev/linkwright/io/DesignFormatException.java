package dev.linkwright.io;

import java.util.List;

/**
 * A file that cannot be read as a design (or another Linkwright input), with every problem found,
 * each naming the file, the place in it and what was expected.
 */
public class DesignFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<FormatProblem> problems;

    public DesignFormatException(List<FormatProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public DesignFormatException(FormatProblem problem) {
        this(List.of(problem));
    }

    public List<FormatProblem> problems() {
        return problems;
    }

    private static String summary(List<FormatProblem> problems) {
        if (problems.isEmpty()) {
            return "the file could not be read";
        }
        String first = problems.get(0).describe();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problem" + (problems.size() == 2 ? "" : "s") + ")";
    }

    /** All problems, one per line. */
    public String describeAll() {
        StringBuilder sb = new StringBuilder();
        for (FormatProblem p : problems) {
            sb.append(p.describe()).append('\n');
        }
        return sb.toString();
    }
}
