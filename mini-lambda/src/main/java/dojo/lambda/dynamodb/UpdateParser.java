package dojo.lambda.dynamodb;

import dojo.lambda.dynamodb.Token.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses an UpdateExpression:
 * <pre>
 * update  := section+            each of SET, REMOVE, ADD, DELETE at most once
 * SET     := path '=' value ( ',' path '=' value )*
 * value   := operand ( ('+' | '-') operand )?
 * REMOVE  := path ( ',' path )*
 * ADD     := path :value ( ',' path :value )*       (DELETE likewise)
 * </pre>
 */
final class UpdateParser {
    private static final String KIND = "UpdateExpression";
    private final TokenCursor in;
    private final OperandParser operands;
    private final Placeholders placeholders;

    private UpdateParser(TokenCursor in, Placeholders placeholders) {
        this.in = in;
        this.placeholders = placeholders;
        this.operands = new OperandParser(in, placeholders, true);
    }

    static UpdateExpression parse(String source, Placeholders placeholders) {
        TokenCursor in = new TokenCursor(KIND, source);
        UpdateExpression u = new UpdateParser(in, placeholders).update();
        in.finish();
        checkOverlaps(in, u.paths());
        return u;
    }

    private UpdateExpression update() {
        List<UpdateExpression.SetAction> sets = new ArrayList<>();
        List<DocumentPath> removes = new ArrayList<>();
        List<UpdateExpression.SetChange> adds = new ArrayList<>();
        List<UpdateExpression.SetChange> deletes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Token section = in.peek();
            String word = section.text().toUpperCase(Locale.ROOT);
            if (!section.is(Kind.NAME) || !Set.of("SET", "REMOVE", "ADD", "DELETE").contains(word)) {
                throw in.syntaxError();
            }
            in.next();
            if (!seen.add(word)) {
                throw in.invalid("The \"" + word + "\" section can only be used once in an update expression;");
            }
            do {
                switch (word) {
                    case "SET" -> sets.add(set());
                    case "REMOVE" -> removes.add(operands.path());
                    case "ADD" -> adds.add(change("ADD", true));
                    default -> deletes.add(change("DELETE", false));
                }
            } while (in.accept(Kind.COMMA));
        } while (!in.peek().is(Kind.EOF));
        return new UpdateExpression(sets, removes, adds, deletes);
    }

    private UpdateExpression.SetAction set() {
        DocumentPath path = operands.path();
        in.expect(Kind.EQ);
        Operand value = operands.operand();
        if (in.peek().is(Kind.PLUS) || in.peek().is(Kind.MINUS)) {
            boolean plus = in.next().is(Kind.PLUS);
            value = new Operand.Arithmetic(value, plus, operands.operand());
        }
        return new UpdateExpression.SetAction(path, value);
    }

    private UpdateExpression.SetChange change(String operator, boolean numbersAllowed) {
        DocumentPath path = operands.path();
        Token ref = in.expect(Kind.VALUE_REF);
        Value v = placeholders.value(ref.text());
        if (v == null) {
            in.defer("An expression attribute value used in expression is not defined; attribute value: " + ref.text());
        } else if (!v.isSet() && !(numbersAllowed && v instanceof Value.N)) {
            in.defer("Incorrect operand type for operator or function; operator: " + operator + ", operand type: " + TypeNames.of(v));
        }
        return new UpdateExpression.SetChange(path, v);
    }

    private static void checkOverlaps(TokenCursor in, List<DocumentPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (paths.get(i).overlaps(paths.get(j))) {
                    throw in.invalid("Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                            + paths.get(i) + ", path two: " + paths.get(j));
                }
            }
        }
    }
}
