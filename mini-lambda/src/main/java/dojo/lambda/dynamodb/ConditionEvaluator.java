package dojo.lambda.dynamodb;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.Map;

/** Decides a parsed condition against an item (an empty map for an item that does not exist). */
final class ConditionEvaluator {
    private ConditionEvaluator() {}

    static boolean test(Condition c, Map<String, Value> item) {
        if (c instanceof Condition.And and) {
            return test(and.left(), item) && test(and.right(), item);
        } else if (c instanceof Condition.Or or) {
            return test(or.left(), item) || test(or.right(), item);
        } else if (c instanceof Condition.Not not) {
            return !test(not.condition(), item);
        } else if (c instanceof Condition.Compare cmp) {
            return compare(resolve(cmp.left(), item), cmp.comparator(), resolve(cmp.right(), item));
        } else if (c instanceof Condition.Between b) {
            Value v = resolve(b.value(), item);
            return compare(v, ">=", resolve(b.lower(), item)) && compare(v, "<=", resolve(b.upper(), item));
        } else if (c instanceof Condition.In in) {
            Value v = resolve(in.value(), item);
            return v != null && in.options().stream().anyMatch(o -> v.equals(resolve(o, item)));
        }
        return function((Condition.Function) c, item);
    }

    private static boolean compare(Value a, String comparator, Value b) {
        if (comparator.equals("=")) {
            return a != null && a.equals(b);
        }
        if (comparator.equals("<>")) {
            return a == null || !a.equals(b);
        }
        Integer order = a == null || b == null ? null : ValueOrder.compare(a, b);
        if (order == null || a instanceof Value.Null) {
            return false;
        }
        return switch (comparator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean function(Condition.Function f, Map<String, Value> item) {
        Value first = resolve(f.arguments().get(0), item);
        Value second = f.arguments().size() > 1 ? resolve(f.arguments().get(1), item) : null;
        return switch (f.name()) {
            case "attribute_exists" -> first != null;
            case "attribute_not_exists" -> first == null;
            case "attribute_type" -> first != null && second instanceof Value.S t && first.type().equals(t.s());
            case "begins_with" -> beginsWith(first, second);
            default -> contains(first, second);
        };
    }

    private static boolean beginsWith(Value v, Value prefix) {
        if (v instanceof Value.S s && prefix instanceof Value.S p) {
            return s.s().startsWith(p.s());
        }
        return v instanceof Value.B b && prefix instanceof Value.B p && b.b().startsWith(p.b());
    }

    private static boolean contains(Value v, Value part) {
        if (part == null) {
            return false;
        } else if (v instanceof Value.S s) {
            return part instanceof Value.S p && s.s().contains(p.s());
        } else if (v instanceof Value.B b) {
            return part instanceof Value.B p && b.b().contains(p.b());
        } else if (v instanceof Value.SS ss) {
            return part instanceof Value.S p && ss.values().contains(p.s());
        } else if (v instanceof Value.NS ns) {
            return part instanceof Value.N p && ns.values().contains(p.n());
        } else if (v instanceof Value.BS bs) {
            return part instanceof Value.B p && bs.values().contains(p.b());
        } else if (v instanceof Value.L l) {
            return l.values().contains(part);
        }
        return false;
    }

    /** The value of an operand in a condition, or null when the item has no such attribute. */
    static Value resolve(Operand o, Map<String, Value> item) {
        if (o instanceof Operand.PathRef p) {
            return ItemPaths.get(item, p.path());
        } else if (o instanceof Operand.Constant c) {
            return c.value();
        } else if (o instanceof Operand.Size s) {
            return size(ItemPaths.get(item, s.path()));
        }
        throw new IllegalStateException("Not a condition operand: " + o);
    }

    private static Value size(Value v) {
        long n;
        if (v instanceof Value.S s) {
            n = s.s().getBytes(StandardCharsets.UTF_8).length;
        } else if (v instanceof Value.B b) {
            n = b.b().length();
        } else if (v instanceof Value.SS ss) {
            n = ss.values().size();
        } else if (v instanceof Value.NS ns) {
            n = ns.values().size();
        } else if (v instanceof Value.BS bs) {
            n = bs.values().size();
        } else if (v instanceof Value.L l) {
            n = l.values().size();
        } else if (v instanceof Value.M m) {
            n = m.values().size();
        } else {
            return null;
        }
        return new Value.N(BigDecimal.valueOf(n));
    }
}
