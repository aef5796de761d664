package dojo.grader.run;

import dojo.grader.lab.Lab;

/** A lab whose checks cannot run (they do not compile, or are ill-formed): the lab's fault, never the learner's. */
public final class BrokenLab extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BrokenLab(Lab lab, String problem) {
        super("Lab " + lab.id() + " cannot grade: " + problem);
    }
}
