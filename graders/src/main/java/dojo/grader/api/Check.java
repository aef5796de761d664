package dojo.grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a lab's check: a JUnit Jupiter test the grader runs against a submission. The method
 * takes a {@link Submission} parameter; its name is the check's id (what {@code fails.txt}
 * lists). A check passes when it returns, fails when an {@link Expect} (or any
 * {@link AssertionError}) fails, and is an error when it throws anything else.
 *
 * <pre>{@code
 * @Check(order = 1, kind = CheckKind.CORRECTNESS, title = "Greets the caller by name")
 * void greetsByName(Submission submission) {
 *     Invocation greeting = submission.deploy().invoke(submission.event("ada"));
 *     Expect.jsonField(greeting, "/greeting", "Hello, Ada!", "Build the greeting from the event's name field.");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@ExtendWith(GradingExtension.class)
public @interface Check {
    /** Checks run in ascending order over all of a lab's check classes; the first failure is shown first. */
    int order();

    /** What the check holds the submission to, in words a learner reads first. */
    String title();

    CheckKind kind();

    double points() default 1;

    Visibility visibility() default Visibility.VISIBLE;
}
