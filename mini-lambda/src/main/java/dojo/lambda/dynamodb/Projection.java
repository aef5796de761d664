package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an item named by document paths (ProjectionExpression, UPDATED_OLD/NEW): nested
 * maps keep the named keys, lists keep the named elements in index order.
 */
final class Projection {
    private Projection() {}

    static List<DocumentPath> parse(String source, Placeholders placeholders) {
        TokenCursor in = new TokenCursor("ProjectionExpression", source);
        OperandParser paths = new OperandParser(in, placeholders, false);
        List<DocumentPath> all = new ArrayList<>();
        do {
            all.add(paths.path());
        } while (in.accept(Token.Kind.COMMA));
        in.finish();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    throw in.invalid("Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                            + all.get(i) + ", path two: " + all.get(j));
                }
            }
        }
        return all;
    }

    static Map<String, Value> of(Map<String, Value> item, List<DocumentPath> paths) {
        Node root = new Node();
        paths.forEach(root::add);
        Value.M picked = (Value.M) root.pick(new Value.M(item));
        return picked == null ? new LinkedHashMap<>() : new LinkedHashMap<>(picked.values());
    }

    /** The requested paths as a tree; a node without children takes the whole value. */
    private static final class Node {
        private final Map<DocumentPath.Element, Node> children = new LinkedHashMap<>();

        void add(DocumentPath p) {
            Node n = this;
            for (DocumentPath.Element e : p.elements()) {
                n = n.children.computeIfAbsent(e, k -> new Node());
            }
        }

        Value pick(Value v) {
            if (children.isEmpty()) {
                return v;
            }
            if (v instanceof Value.M m) {
                Map<String, Value> out = new LinkedHashMap<>();
                children.forEach((e, child) -> {
                    if (e instanceof DocumentPath.Name n && m.values().containsKey(n.name())) {
                        Value inner = child.pick(m.values().get(n.name()));
                        if (inner != null) {
                            out.put(n.name(), inner);
                        }
                    }
                });
                return out.isEmpty() ? null : new Value.M(out);
            }
            if (v instanceof Value.L l) {
                TreeMap<Integer, Value> out = new TreeMap<>();
                children.forEach((e, child) -> {
                    if (e instanceof DocumentPath.Index i && i.index() < l.values().size()) {
                        Value inner = child.pick(l.values().get(i.index()));
                        if (inner != null) {
                            out.put(i.index(), inner);
                        }
                    }
                });
                return out.isEmpty() ? null : new Value.L(new ArrayList<>(out.values()));
            }
            return null;
        }
    }
}
