package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies an UpdateExpression to an item as DynamoDB does: every value on the right of SET is
 * computed from the item as it was before the update, then SET, REMOVE, ADD and DELETE apply.
 */
final class UpdateApplier {
    private UpdateApplier() {}

    static Map<String, Value> apply(UpdateExpression u, Map<String, Value> old) {
        List<Value> computed = new ArrayList<>();
        u.sets().forEach(s -> computed.add(value(s.value(), old)));
        Map<String, Value> item = old;
        for (int i = 0; i < u.sets().size(); i++) {
            item = ItemPaths.set(item, u.sets().get(i).path(), computed.get(i));
        }
        // removing list elements from the back keeps the other indexes as the expression wrote them
        List<DocumentPath> removes = new ArrayList<>(u.removes());
        removes.sort(Comparator.comparingInt(UpdateApplier::lastIndex).reversed());
        for (DocumentPath p : removes) {
            item = ItemPaths.remove(item, p);
        }
        for (UpdateExpression.SetChange add : u.adds()) {
            item = ItemPaths.set(item, add.path(), add(ItemPaths.get(old, add.path()), add.value()));
        }
        for (UpdateExpression.SetChange delete : u.deletes()) {
            Value remaining = delete(ItemPaths.get(item, delete.path()), delete.value());
            item = remaining == null ? ItemPaths.remove(item, delete.path()) : ItemPaths.set(item, delete.path(), remaining);
        }
        return item;
    }

    private static int lastIndex(DocumentPath p) {
        return p.last() instanceof DocumentPath.Index i ? i.index() : -1;
    }

    private static Value value(Operand o, Map<String, Value> item) {
        if (o instanceof Operand.Constant c) {
            return c.value();
        } else if (o instanceof Operand.PathRef p) {
            return existing(ItemPaths.get(item, p.path()));
        } else if (o instanceof Operand.IfNotExists f) {
            Value v = ItemPaths.get(item, f.path());
            return v != null ? v : value(f.fallback(), item);
        } else if (o instanceof Operand.ListAppend f) {
            if (value(f.first(), item) instanceof Value.L a && value(f.second(), item) instanceof Value.L b) {
                List<Value> joined = new ArrayList<>(a.values());
                joined.addAll(b.values());
                return new Value.L(joined);
            }
            throw wrongType();
        } else if (o instanceof Operand.Arithmetic a) {
            if (value(a.left(), item) instanceof Value.N x && value(a.right(), item) instanceof Value.N y) {
                return new Value.N(a.plus() ? x.n().add(y.n()) : x.n().subtract(y.n()));
            }
            throw wrongType();
        }
        throw new IllegalStateException("Not an update operand: " + o);
    }

    private static Value existing(Value v) {
        if (v == null) {
            throw TableException.validation("The provided expression refers to an attribute that does not exist in the item");
        }
        return v;
    }

    private static Value add(Value current, Value v) {
        if (current == null) {
            return v;
        }
        if (current instanceof Value.N x && v instanceof Value.N y) {
            return new Value.N(x.n().add(y.n()));
        }
        if (current.getClass() != v.getClass() || !current.isSet()) {
            throw wrongType();
        }
        return sets(current, v, true);
    }

    private static Value delete(Value current, Value v) {
        if (current == null) {
            return null;
        }
        if (current.getClass() != v.getClass()) {
            throw wrongType();
        }
        return sets(current, v, false);
    }

    /** Union or difference of two sets of one type; null for an empty result, which DynamoDB cannot store. */
    private static Value sets(Value a, Value b, boolean union) {
        if (a instanceof Value.SS x && b instanceof Value.SS y) {
            Set<String> s = combine(x.values(), y.values(), union);
            return s.isEmpty() ? null : new Value.SS(s);
        } else if (a instanceof Value.NS x && b instanceof Value.NS y) {
            var s = combine(x.values(), y.values(), union);
            return s.isEmpty() ? null : new Value.NS(s);
        }
        var s = combine(((Value.BS) a).values(), ((Value.BS) b).values(), union);
        return s.isEmpty() ? null : new Value.BS(s);
    }

    private static <T> Set<T> combine(Set<T> a, Set<T> b, boolean union) {
        Set<T> s = new LinkedHashSet<>(a);
        if (union) {
            s.addAll(b);
        } else {
            s.removeAll(b);
        }
        return s;
    }

    private static TableException wrongType() {
        return TableException.validation("An operand in the update expression has an incorrect data type");
    }
}
