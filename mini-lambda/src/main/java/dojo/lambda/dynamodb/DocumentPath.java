package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.List;

/**
 * A document path such as {@code a.b[2].c}: a top-level attribute name followed by map keys and
 * list indexes.
 */
record DocumentPath(List<Element> elements) {
    DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof Name)) {
            throw new IllegalArgumentException("A document path starts with an attribute name: " + elements);
        }
    }

    sealed interface Element permits Name, Index {}

    record Name(String name) implements Element {
        @Override
        public String toString() {
            return name;
        }
    }

    record Index(int index) implements Element {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    static DocumentPath of(String attribute) {
        return new DocumentPath(List.of(new Name(attribute)));
    }

    String top() {
        return ((Name) elements.get(0)).name();
    }

    int size() {
        return elements.size();
    }

    Element last() {
        return elements.get(elements.size() - 1);
    }

    DocumentPath parent() {
        return new DocumentPath(elements.subList(0, elements.size() - 1));
    }

    DocumentPath child(Element e) {
        List<Element> more = new ArrayList<>(elements);
        more.add(e);
        return new DocumentPath(more);
    }

    /** Whether one of the two paths is the other or lies inside it. */
    boolean overlaps(DocumentPath other) {
        int n = Math.min(size(), other.size());
        return elements.subList(0, n).equals(other.elements.subList(0, n));
    }

    @Override
    public String toString() {
        return elements.toString();
    }
}
