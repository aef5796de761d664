package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Query's KeyConditionExpression checked against the key schema: equality on the partition key
 * and at most one condition on the sort key ({@code = < <= > >= BETWEEN begins_with}).
 */
record KeyCondition(Value partition, Condition sort) {
    private static final String KIND = "KeyConditionExpression";

    static KeyCondition of(Condition c, KeySchema keys) {
        List<Condition> parts = new ArrayList<>();
        flatten(c, parts);
        if (parts.size() > 2) {
            throw TableException.validation("Conditions can be of length 1 or 2 only");
        }
        Value partition = null;
        Condition sort = null;
        for (Condition part : parts) {
            String attribute = attribute(part);
            if (attribute.equals(keys.partition())) {
                if (partition != null) {
                    throw TableException.validation("KeyConditionExpressions must only contain one condition per key");
                }
                if (!(part instanceof Condition.Compare cmp && cmp.comparator().equals("="))) {
                    throw TableException.validation("Query key condition not supported");
                }
                partition = constant(cmp, keys.partitionType());
            } else if (attribute.equals(keys.sort())) {
                if (sort != null) {
                    throw TableException.validation("KeyConditionExpressions must only contain one condition per key");
                }
                checkSort(part, keys.sortType());
                sort = part;
            } else {
                throw TableException.validation("Query condition missed key schema element: " + keys.partition());
            }
        }
        if (partition == null) {
            throw TableException.validation("Query condition missed key schema element: " + keys.partition());
        }
        return new KeyCondition(partition, sort);
    }

    boolean matches(Map<String, Value> item) {
        return sort == null || ConditionEvaluator.test(sort, item);
    }

    private static void flatten(Condition c, List<Condition> parts) {
        if (c instanceof Condition.And and) {
            flatten(and.left(), parts);
            flatten(and.right(), parts);
        } else if (c instanceof Condition.Or) {
            throw invalidOperator("OR");
        } else if (c instanceof Condition.Not) {
            throw invalidOperator("NOT");
        } else if (c instanceof Condition.In) {
            throw invalidOperator("IN");
        } else if (c instanceof Condition.Compare cmp && cmp.comparator().equals("<>")) {
            throw invalidOperator("<>");
        } else if (c instanceof Condition.Function f && !f.name().equals("begins_with")) {
            throw invalidOperator(f.name());
        } else {
            parts.add(c);
        }
    }

    private static TableException invalidOperator(String operator) {
        return TableException.validation("Invalid operator used in " + KIND + ": " + operator);
    }

    /** The key attribute a condition part is about: the path on its left, a single top-level name. */
    private static String attribute(Condition part) {
        Operand subject;
        if (part instanceof Condition.Compare cmp) {
            subject = cmp.left() instanceof Operand.PathRef ? cmp.left() : cmp.right();
        } else if (part instanceof Condition.Between b) {
            subject = b.value();
        } else {
            subject = ((Condition.Function) part).arguments().get(0);
        }
        if (!(subject instanceof Operand.PathRef p) || p.path().size() != 1) {
            throw TableException.validation("Query key condition not supported");
        }
        return p.path().top();
    }

    private static Value constant(Condition.Compare cmp, String type) {
        Operand o = cmp.left() instanceof Operand.Constant ? cmp.left() : cmp.right();
        if (!(o instanceof Operand.Constant c)) {
            throw TableException.validation("Query key condition not supported");
        }
        checkType(c, type);
        return c.value();
    }

    private static void checkSort(Condition part, String type) {
        List<Operand> operands = new ArrayList<>();
        if (part instanceof Condition.Compare cmp) {
            operands.add(cmp.left());
            operands.add(cmp.right());
        } else if (part instanceof Condition.Between b) {
            operands.add(b.lower());
            operands.add(b.upper());
        } else {
            if (type.equals("N")) {
                throw TableException.validation("Invalid condition in KeyConditionExpression: begins_with operator is not supported "
                        + "for the key attribute of type N; use BETWEEN or < > on a number sort key");
            }
            operands.add(((Condition.Function) part).arguments().get(1));
        }
        for (Operand o : operands) {
            if (o instanceof Operand.Constant c) {
                checkType(c, type);
            }
        }
    }

    private static void checkType(Operand.Constant c, String type) {
        if (!c.value().type().equals(type)) {
            throw TableException.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    }
}
