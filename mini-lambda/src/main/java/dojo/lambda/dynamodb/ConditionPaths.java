package dojo.lambda.dynamodb;

import java.util.LinkedHashSet;
import java.util.Set;

/** The top-level attribute names a condition reads. */
final class ConditionPaths {
    private ConditionPaths() {}

    static Set<String> topNames(Condition c) {
        Set<String> names = new LinkedHashSet<>();
        collect(c, names);
        return names;
    }

    private static void collect(Condition c, Set<String> names) {
        if (c instanceof Condition.And a) {
            collect(a.left(), names);
            collect(a.right(), names);
        } else if (c instanceof Condition.Or o) {
            collect(o.left(), names);
            collect(o.right(), names);
        } else if (c instanceof Condition.Not n) {
            collect(n.condition(), names);
        } else if (c instanceof Condition.Compare cmp) {
            operand(cmp.left(), names);
            operand(cmp.right(), names);
        } else if (c instanceof Condition.Between b) {
            operand(b.value(), names);
            operand(b.lower(), names);
            operand(b.upper(), names);
        } else if (c instanceof Condition.In in) {
            operand(in.value(), names);
            in.options().forEach(o -> operand(o, names));
        } else if (c instanceof Condition.Function f) {
            f.arguments().forEach(o -> operand(o, names));
        }
    }

    private static void operand(Operand o, Set<String> names) {
        if (o instanceof Operand.PathRef p) {
            names.add(p.path().top());
        } else if (o instanceof Operand.Size s) {
            names.add(s.path().top());
        }
    }
}
