package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes document paths in items. Items are immutable; writes return a new item. */
final class ItemPaths {
    private ItemPaths() {}

    /** The value at {@code path}, or null if any step is missing or of the wrong type. */
    static Value get(Map<String, Value> item, DocumentPath path) {
        Value v = item.get(path.top());
        for (int i = 1; i < path.size() && v != null; i++) {
            v = step(v, path.elements().get(i));
        }
        return v;
    }

    private static Value step(Value v, DocumentPath.Element e) {
        if (e instanceof DocumentPath.Name n && v instanceof Value.M m) {
            return m.values().get(n.name());
        }
        if (e instanceof DocumentPath.Index i && v instanceof Value.L l) {
            return i.index() < l.values().size() ? l.values().get(i.index()) : null;
        }
        return null;
    }

    /**
     * The item with {@code value} at {@code path}. The parent must exist (as AWS requires); a list
     * index past the end appends.
     */
    static Map<String, Value> set(Map<String, Value> item, DocumentPath path, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(item);
        if (path.size() == 1) {
            copy.put(path.top(), value);
            return copy;
        }
        Value top = item.get(path.top());
        if (top == null) {
            throw invalidPath();
        }
        copy.put(path.top(), setIn(top, path.elements(), 1, value));
        return copy;
    }

    private static Value setIn(Value container, List<DocumentPath.Element> path, int at, Value value) {
        DocumentPath.Element e = path.get(at);
        boolean last = at == path.size() - 1;
        if (e instanceof DocumentPath.Name n && container instanceof Value.M m) {
            Map<String, Value> values = new LinkedHashMap<>(m.values());
            Value child = values.get(n.name());
            if (!last && child == null) {
                throw invalidPath();
            }
            values.put(n.name(), last ? value : setIn(child, path, at + 1, value));
            return new Value.M(values);
        }
        if (e instanceof DocumentPath.Index i && container instanceof Value.L l) {
            List<Value> values = new ArrayList<>(l.values());
            if (i.index() >= values.size()) {
                if (!last) {
                    throw invalidPath();
                }
                values.add(value);
            } else {
                values.set(i.index(), last ? value : setIn(values.get(i.index()), path, at + 1, value));
            }
            return new Value.L(values);
        }
        throw invalidPath();
    }

    /** The item without {@code path}; a missing last step is no change, a missing parent an error. */
    static Map<String, Value> remove(Map<String, Value> item, DocumentPath path) {
        Map<String, Value> copy = new LinkedHashMap<>(item);
        if (path.size() == 1) {
            copy.remove(path.top());
            return copy;
        }
        Value top = item.get(path.top());
        if (top == null) {
            return copy;
        }
        copy.put(path.top(), removeIn(top, path.elements(), 1));
        return copy;
    }

    private static Value removeIn(Value container, List<DocumentPath.Element> path, int at) {
        DocumentPath.Element e = path.get(at);
        boolean last = at == path.size() - 1;
        if (e instanceof DocumentPath.Name n && container instanceof Value.M m) {
            Map<String, Value> values = new LinkedHashMap<>(m.values());
            Value child = values.get(n.name());
            if (child == null) {
                return container;
            }
            if (last) {
                values.remove(n.name());
            } else {
                values.put(n.name(), removeIn(child, path, at + 1));
            }
            return new Value.M(values);
        }
        if (e instanceof DocumentPath.Index i && container instanceof Value.L l) {
            if (i.index() >= l.values().size()) {
                return container;
            }
            List<Value> values = new ArrayList<>(l.values());
            if (last) {
                values.remove(i.index());
            } else {
                values.set(i.index(), removeIn(values.get(i.index()), path, at + 1));
            }
            return new Value.L(values);
        }
        throw invalidPath();
    }

    static TableException invalidPath() {
        return TableException.validation("The document path provided in the update expression is invalid for update");
    }
}
