package io.github.sorrysite.core.css;

import io.github.sorrysite.core.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** Every place in one stylesheet that cannot be parsed, so the build names them all at once. */
final class CssProblems {
    private record Problem(int line, int column, String what) {
    }

    private final String where;
    private final int lineOffset;
    private final List<Problem> problems = new ArrayList<>();

    CssProblems(String where, int lineOffset) {
        this.where = where;
        this.lineOffset = lineOffset;
    }

    void add(int line, int column, String what) {
        if (problems.stream().anyMatch(p -> p.line() == line + lineOffset && p.column() == column)) {
            return; // the same place seen again when its block is parsed: once is enough
        }
        problems.add(new Problem(line + lineOffset, column, what));
    }

    void add(CssToken at, String what) {
        add(at.line(), at.column(), what);
    }

    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> sorted = problems.stream()
                .sorted(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        Problem first = sorted.get(0);
        StringBuilder message = new StringBuilder("has CSS that cannot be parsed: ").append(first.what());
        if (sorted.size() > 1) {
            message.append("; ").append(sorted.size() - 1).append(" more place").append(sorted.size() == 2 ? "" : "s")
                    .append(" in this file:");
            int shown = 0;
            for (Problem p : sorted.subList(1, sorted.size())) {
                if (++shown > 50) {
                    message.append("\n  ... and ").append(sorted.size() - 1 - 50).append(" more");
                    break;
                }
                message.append("\n  ").append(where).append(':').append(p.line()).append(':').append(p.column())
                        .append(": ").append(p.what());
            }
        }
        throw new BadInputException(where + ":" + first.line() + ":" + first.column(), message.toString(),
                "correct the CSS at each place named; a browser drops what it cannot parse, so the page would not look as designed");
    }
}
