package dojo.lambda.dynamodb;

import java.util.List;

/** A parsed condition (ConditionExpression, FilterExpression, KeyConditionExpression). */
sealed interface Condition {
    /** {@code = <> < <= > >=}, with the comparator's token text. */
    record Compare(Operand left, String comparator, Operand right) implements Condition {}

    record Between(Operand value, Operand lower, Operand upper) implements Condition {}

    record In(Operand value, List<Operand> options) implements Condition {
        public In {
            options = List.copyOf(options);
        }
    }

    /** A boolean function: attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
    record Function(String name, List<Operand> arguments) implements Condition {
        public Function {
            arguments = List.copyOf(arguments);
        }
    }

    record And(Condition left, Condition right) implements Condition {}

    record Or(Condition left, Condition right) implements Condition {}

    record Not(Condition condition) implements Condition {}
}
