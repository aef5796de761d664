package dojo.grader.report;

import java.util.Locale;

/** Points as people write them: 2, 1.5. */
final class Points {
    private Points() {}

    static String of(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points)
                .replaceFirst("0$", "");
    }
}
