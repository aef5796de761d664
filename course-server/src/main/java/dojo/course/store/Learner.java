package dojo.course.store;

import java.util.Objects;

/** A learner: a guest (no username) or a registered account. */
public record Learner(String id, String username) {

    public Learner {
        Objects.requireNonNull(id, "id");
    }

    public boolean guest() {
        return username == null;
    }
}
