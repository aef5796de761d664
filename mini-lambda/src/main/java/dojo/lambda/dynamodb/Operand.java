package dojo.lambda.dynamodb;

import java.util.Objects;

/** A value-producing part of an expression: a path into the item, a placeholder's value or a function. */
sealed interface Operand {
    record PathRef(DocumentPath path) implements Operand {
        public PathRef {
            Objects.requireNonNull(path, "path");
        }
    }

    /** The value of an ExpressionAttributeValues entry (null until an undefined one is reported). */
    record Constant(String placeholder, Value value) implements Operand {}

    /** {@code size(path)} */
    record Size(DocumentPath path) implements Operand {}

    /** {@code if_not_exists(path, fallback)}, update expressions only. */
    record IfNotExists(DocumentPath path, Operand fallback) implements Operand {}

    /** {@code list_append(first, second)}, update expressions only. */
    record ListAppend(Operand first, Operand second) implements Operand {}

    /** {@code left + right} or {@code left - right}, update expressions only. */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {}
}
