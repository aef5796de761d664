package dojo.lambda.dynamodb;

import dojo.lambda.dynamodb.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over DynamoDB's condition grammar, loosest binding first:
 * <pre>
 * condition  := and ( OR and )*
 * and        := not ( AND not )*
 * not        := NOT not | primary
 * primary    := '(' condition ')' | function '(' operands ')'
 *             | operand ( comparator operand | BETWEEN operand AND operand | IN '(' operands ')' )
 * </pre>
 */
final class ConditionParser {
    private static final Set<String> SCALAR = Set.of("S", "N", "B");
    private static final Set<String> TYPES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");
    private final TokenCursor in;
    private final OperandParser operands;
    /** The condition of the parentheses just closed, to find {@code ((a = b))} as AWS does. */
    private Condition lastParenthesized;

    private ConditionParser(TokenCursor in, Placeholders placeholders) {
        this.in = in;
        this.operands = new OperandParser(in, placeholders, false);
    }

    /** Parses {@code source}, the request field {@code kind} (ConditionExpression, FilterExpression, ...). */
    static Condition parse(String kind, String source, Placeholders placeholders) {
        TokenCursor in = new TokenCursor(kind, source);
        Condition c = new ConditionParser(in, placeholders).or();
        in.finish();
        return c;
    }

    private Condition or() {
        Condition c = and();
        while (in.acceptWord("OR")) {
            c = new Condition.Or(c, and());
        }
        return c;
    }

    private Condition and() {
        Condition c = not();
        while (in.acceptWord("AND")) {
            c = new Condition.And(c, not());
        }
        return c;
    }

    private Condition not() {
        return in.acceptWord("NOT") ? new Condition.Not(not()) : primary();
    }

    private Condition primary() {
        if (in.accept(Kind.LPAREN)) {
            Condition c = or();
            in.expect(Kind.RPAREN);
            if (c == lastParenthesized) {
                in.defer("The expression has redundant parentheses;");
            }
            lastParenthesized = c;
            return c;
        }
        Token t = in.peek();
        if (t.is(Kind.NAME) && in.peek(1).is(Kind.LPAREN) && OperandParser.CONDITION_FUNCTIONS.contains(t.text())) {
            return function(in.next().text());
        }
        Operand left = operands.operand();
        if (in.peek().isComparator()) {
            String comparator = in.next().text();
            Operand right = operands.operand();
            if (!comparator.equals("=") && !comparator.equals("<>")) {
                scalar(comparator, left);
                scalar(comparator, right);
            }
            return new Condition.Compare(left, comparator, right);
        }
        if (in.acceptWord("BETWEEN")) {
            Operand lower = operands.operand();
            if (!in.acceptWord("AND")) {
                throw in.syntaxError();
            }
            Operand upper = operands.operand();
            checkBounds(left, lower, upper);
            return new Condition.Between(left, lower, upper);
        }
        if (in.acceptWord("IN")) {
            return new Condition.In(left, operands.arguments());
        }
        if (left instanceof Operand.Size) {
            throw in.invalid("The function is not allowed to be used this way in an expression; function: size");
        }
        throw in.syntaxError();
    }

    private Condition function(String name) {
        List<Operand> args = operands.arguments();
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> operands.pathArgument(name, args, 1);
            case "attribute_type" -> {
                operands.pathArgument(name, args, 2);
                if (args.get(1) instanceof Operand.Constant c && c.value() != null
                        && !(c.value() instanceof Value.S s && TYPES.contains(s.s()))) {
                    String shown = c.value() instanceof Value.S s ? s.s() : ValueJson.brief(c.value());
                    throw in.invalid("Invalid attribute type name found; type: " + shown
                            + ", valid types: { B,BOOL,BS,L,M,N,NS,NULL,S,SS }");
                }
            }
            case "begins_with" -> {
                operands.count(name, args, 2);
                for (Operand a : args) {
                    if (a instanceof Operand.Constant c && c.value() != null && !(c.value() instanceof Value.S)
                            && !(c.value() instanceof Value.B)) {
                        throw operandType(name, c.value());
                    }
                }
            }
            default -> operands.count(name, args, 2);
        }
        return new Condition.Function(name, new ArrayList<>(args));
    }

    private void scalar(String operator, Operand o) {
        if (o instanceof Operand.Constant c && c.value() != null && !SCALAR.contains(c.value().type())) {
            throw operandType(operator, c.value());
        }
    }

    private void checkBounds(Operand value, Operand lower, Operand upper) {
        scalar("BETWEEN", value);
        scalar("BETWEEN", lower);
        scalar("BETWEEN", upper);
        if (lower instanceof Operand.Constant lo && upper instanceof Operand.Constant hi && lo.value() != null && hi.value() != null) {
            Integer order = ValueOrder.compare(lo.value(), hi.value());
            if (order == null || order > 0) {
                throw in.invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                        + "lower bound operand: AttributeValue: " + ValueJson.brief(lo.value())
                        + ", upper bound operand: AttributeValue: " + ValueJson.brief(hi.value()));
            }
        }
    }

    private TableException operandType(String operator, Value v) {
        return in.invalid("Incorrect operand type for operator or function; operator or function: " + operator
                + ", operand type: " + TypeNames.of(v));
    }
}
