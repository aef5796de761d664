package dojo.course.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dojo.course.lab.LabGrade;
import java.util.Locale;

/** Stored Submit grades read back from {@code lab_attempts.result_json}, and their points as text. */
final class LabGrades {
    private LabGrades() {
    }

    static LabGrade read(String json) {
        try {
            return Json.MAPPER.readValue(json, LabGrade.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored Submit is not a grade's JSON (" + e.getOriginalMessage() + "); was it written"
                    + " by an older server? Remove that row of lab_attempts", e);
        }
    }

    /** "7 of 10 points", or "" for a grade in which no check ran. */
    static String points(LabGrade grade) {
        return grade.checks().isEmpty() ? "" : number(grade.score()) + " of " + number(grade.maxScore()) + " points";
    }

    static String number(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.1f", points);
    }
}
