package dojo.lambda.dynamodb;

import dojo.lambda.dynamodb.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses document paths and operands (paths, {@code :values}, function calls) for the condition
 * and update parsers. Placeholders are resolved here; undefined ones and reserved words are
 * reported after the syntax check (see {@link TokenCursor#defer}).
 */
final class OperandParser {
    static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists", "attribute_type",
            "begins_with", "contains");
    private final TokenCursor in;
    private final Placeholders placeholders;
    private final boolean update;

    /** {@code update} allows if_not_exists and list_append, which only update expressions know. */
    OperandParser(TokenCursor in, Placeholders placeholders, boolean update) {
        this.in = in;
        this.placeholders = placeholders;
        this.update = update;
    }

    DocumentPath path() {
        List<DocumentPath.Element> elements = new ArrayList<>();
        elements.add(new DocumentPath.Name(name()));
        while (true) {
            if (in.accept(Kind.DOT)) {
                elements.add(new DocumentPath.Name(name()));
            } else if (in.accept(Kind.LBRACKET)) {
                Token index = in.expect(Kind.INTEGER);
                in.expect(Kind.RBRACKET);
                elements.add(new DocumentPath.Index(Integer.parseInt(index.text())));
            } else {
                return new DocumentPath(elements);
            }
        }
    }

    private String name() {
        Token t = in.peek();
        if (t.is(Kind.NAME)) {
            in.next();
            if (ReservedWords.contains(t.text())) {
                in.defer("Attribute name is a reserved keyword; reserved keyword: " + t.text());
            }
            return t.text();
        }
        if (t.is(Kind.NAME_REF)) {
            in.next();
            String name = placeholders.name(t.text());
            if (name == null) {
                in.defer("An expression attribute name used in the document path is not defined; attribute name: " + t.text());
                return t.text();
            }
            return name;
        }
        throw in.syntaxError();
    }

    Operand operand() {
        Token t = in.peek();
        if (t.is(Kind.VALUE_REF)) {
            in.next();
            Value v = placeholders.value(t.text());
            if (v == null) {
                in.defer("An expression attribute value used in expression is not defined; attribute value: " + t.text());
            }
            return new Operand.Constant(t.text(), v);
        }
        if (t.is(Kind.NAME) && in.peek(1).is(Kind.LPAREN)) {
            return function();
        }
        return new Operand.PathRef(path());
    }

    /** A function call in operand position; boolean functions are the condition parser's. */
    private Operand function() {
        String name = in.next().text();
        List<Operand> args = arguments();
        switch (name) {
            case "size" -> {
                if (update) {
                    throw in.invalid("The function is not allowed in an update expression; function: size");
                }
                return new Operand.Size(pathArgument(name, args, 1));
            }
            case "if_not_exists" -> {
                allowedHere(name);
                return new Operand.IfNotExists(pathArgument(name, args, 2), args.get(1));
            }
            case "list_append" -> {
                allowedHere(name);
                count(name, args, 2);
                return new Operand.ListAppend(args.get(0), args.get(1));
            }
            default -> {
                if (CONDITION_FUNCTIONS.contains(name)) {
                    throw in.invalid(update ? "The function is not allowed in an update expression; function: " + name
                            : "The function is not allowed to be used this way in an expression; function: " + name);
                }
                throw in.invalid("Invalid function name; function: " + name);
            }
        }
    }

    /** {@code ( operand, ... )} after a function name. */
    List<Operand> arguments() {
        in.expect(Kind.LPAREN);
        List<Operand> args = new ArrayList<>();
        if (!in.peek().is(Kind.RPAREN)) {
            do {
                args.add(operand());
            } while (in.accept(Kind.COMMA));
        }
        in.expect(Kind.RPAREN);
        return args;
    }

    private void allowedHere(String name) {
        if (!update) {
            throw in.invalid("The function is not allowed in a condition expression; function: " + name);
        }
    }

    void count(String function, List<Operand> args, int expected) {
        if (args.size() != expected) {
            throw in.invalid("Incorrect number of operands for operator or function; operator or function: " + function
                    + ", number of operands: " + args.size());
        }
    }

    /** The first argument, which must be a document path. */
    DocumentPath pathArgument(String function, List<Operand> args, int expected) {
        count(function, args, expected);
        if (!(args.get(0) instanceof Operand.PathRef p)) {
            throw in.invalid("Operator or function requires a document path; operator or function: " + function);
        }
        return p.path();
    }
}
