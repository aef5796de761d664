package dojo.grader.run;

import dojo.grader.api.Check;
import java.lang.reflect.Method;
import java.util.Objects;

/** One check of a lab, ready to run: its method, its {@link Check} settings and its source. */
record PlannedCheck(Method method, Check check, String code) {
    PlannedCheck {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(code, "code");
    }

    String id() {
        return method.getName();
    }
}
