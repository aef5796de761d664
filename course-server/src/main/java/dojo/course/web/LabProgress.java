package dojo.course.web;

import dojo.course.content.Lab;
import dojo.course.content.Labs;
import dojo.course.lab.LabGrade;
import dojo.course.store.LabStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner's standing in each lab, for the dashboard: not started (no draft, no attempt), in
 * progress, or passed (a Submit passed every check shown now), and the points of the best Submit.
 *
 * @param best "7 of 9 points", or "" before any graded Submit
 */
record LabProgress(String labId, String title, String status, String best) {
    static List<LabProgress> of(Labs labs, LabStore.Activity activity, Instant now) {
        List<LabProgress> rows = new ArrayList<>();
        for (String id : labs.ids()) {
            Optional<Lab> lab;
            try {
                lab = labs.lab(id);
            } catch (Labs.LabProblem broken) {
                continue;
            }
            if (lab.isEmpty()) {
                continue;
            }
            LabGrade best = null;
            boolean passed = false;
            for (LabStore.Submit submit : activity.submits()) {
                if (!submit.labId().equals(id)) {
                    continue;
                }
                LabGrade grade = LabGrades.read(submit.resultJson()).visibleAt(now);
                passed |= grade.passed();
                if (!grade.checks().isEmpty() && (best == null || grade.score() > best.score())) {
                    best = grade;
                }
            }
            String status = passed ? "passed" : activity.started().contains(id) ? "in progress" : "not started";
            rows.add(new LabProgress(id, lab.get().meta().title(), status, best == null ? "" : LabGrades.points(best)));
        }
        return rows;
    }
}
