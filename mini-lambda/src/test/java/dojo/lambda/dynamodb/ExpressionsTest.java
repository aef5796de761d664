package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The condition, update and projection languages: parsing, AWS's error wording, evaluation. */
class ExpressionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Placeholders placeholders(String json) {
        try {
            return Placeholders.of(JSON.readTree(json), true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean holds(String condition, String values, Map<String, Value> item) {
        return ConditionEvaluator.test(ConditionParser.parse("ConditionExpression", condition, placeholders(values)), item);
    }

    private static Value.N n(String v) {
        return new Value.N(new BigDecimal(v));
    }

    private static final Map<String, Value> ITEM = Map.of("a", n("5"), "s", new Value.S("hello"),
            "tags", new Value.SS(java.util.Set.of("x", "y")), "m", new Value.M(Map.of("k", new Value.L(List.of(n("1"), n("2"))))));

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        String v = "{\"ExpressionAttributeValues\":{\":five\":{\"N\":\"5\"},\":six\":{\"N\":\"6\"}}}";
        assertThat(holds("a = :six AND a = :six OR a = :five", v, ITEM)).isTrue();
        assertThat(holds("a = :six AND (a = :six OR a = :five)", v, ITEM)).isFalse();
        assertThat(holds("NOT a = :six AND a = :five", v, ITEM)).isTrue();
    }

    @Test
    void functionsAndComparisonsFollowDynamoDbTypes() {
        String v = "{\"ExpressionAttributeValues\":{\":he\":{\"S\":\"he\"},\":x\":{\"S\":\"x\"},\":two\":{\"N\":\"2\"},"
                + "\":ss\":{\"S\":\"SS\"},\":lo\":{\"N\":\"4\"},\":hi\":{\"N\":\"5\"},\":s\":{\"S\":\"5\"}}}";
        assertThat(holds("begins_with(s, :he) AND contains(tags, :x) AND size(m.k) = :two AND attribute_type(tags, :ss)", v, ITEM)).isTrue();
        assertThat(holds("a BETWEEN :lo AND :hi AND m.k[1] = :two AND a IN (:two, :hi)", v, ITEM)).isTrue();
        assertThat(holds("a = :s", v, ITEM)).as("a number never equals a string").isFalse();
        assertThat(holds("a < :s", v, ITEM)).as("values of different types are not ordered").isFalse();
        assertThat(holds("absent <> :s AND attribute_not_exists(m.k[5])", v, ITEM)).isTrue();
    }

    @Test
    void syntaxErrorsNameTheTokenAndItsNeighbours() {
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "a = = b", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = b\"");
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "a =", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
        assertThatThrownBy(() -> UpdateParser.parse("INVALID SYNTAX HERE", Placeholders.none()))
                .hasMessage("Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
        assertThatThrownBy(() -> ConditionParser.parse("FilterExpression", "", Placeholders.none()))
                .hasMessage("Invalid FilterExpression: The expression can not be empty;");
    }

    @Test
    void semanticErrorsAreWordedAsAws() {
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "attribute_exists(a, b)", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: Incorrect number of operands for operator or function; "
                        + "operator or function: attribute_exists, number of operands: 2");
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "attribute_exist(a)", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: Invalid function name; function: attribute_exist");
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "((a = b))", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: The expression has redundant parentheses;");
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "size(a)", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size");
        assertThatThrownBy(() -> ConditionParser.parse("ConditionExpression", "a = :v", Placeholders.none()))
                .hasMessage("Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :v");
        assertThatThrownBy(() -> UpdateParser.parse("SET a = :v SET b = :v", placeholders("{\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}}}")))
                .hasMessage("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
        assertThatThrownBy(() -> UpdateParser.parse("ADD a :v", placeholders("{\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}}}")))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING");
    }

    @Test
    void updatesComputeEveryValueFromTheItemBeforeTheUpdate() {
        Placeholders p = placeholders("{\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}");
        Map<String, Value> out = UpdateApplier.apply(UpdateParser.parse("SET a = a + :one, b = a, m.k[9] = :one REMOVE m.k[0]", p), ITEM);
        assertThat(out.get("a")).isEqualTo(n("6"));
        assertThat(out.get("b")).isEqualTo(n("5"));
        assertThat(out.get("m")).isEqualTo(new Value.M(Map.of("k", new Value.L(List.of(n("2"), n("1"))))));
        assertThatThrownBy(() -> UpdateApplier.apply(UpdateParser.parse("SET x.y = :one", p), ITEM))
                .hasMessage("The document path provided in the update expression is invalid for update");
        assertThatThrownBy(() -> UpdateApplier.apply(UpdateParser.parse("SET s = s + :one", p), ITEM))
                .hasMessage("An operand in the update expression has an incorrect data type");
    }

    @Test
    void projectionKeepsOnlyTheNamedPartsInDocumentOrder() {
        var paths = Projection.parse("m.k[1], a, m.k[0]", Placeholders.none());
        assertThat(Projection.of(ITEM, paths)).isEqualTo(Map.of("a", n("5"), "m", new Value.M(Map.of("k", new Value.L(List.of(n("1"), n("2")))))));
    }

    @Test
    void numbersAreDecimalWithAwsLimits() {
        assertThat(Numbers.format(Numbers.parse("0.10"))).isEqualTo("0.1");
        assertThat(n("0.1").n().add(n("0.2").n())).isEqualByComparingTo("0.3");
        assertThat(Numbers.format(Numbers.parse("1.2300"))).isEqualTo("1.23");
        assertThat(Numbers.format(Numbers.parse("1E+3"))).isEqualTo("1000");
        assertThatThrownBy(() -> Numbers.parse("1E+126")).hasMessageStartingWith("Number overflow.");
        assertThatThrownBy(() -> Numbers.parse("1E-131")).hasMessageStartingWith("Number underflow.");
        assertThatThrownBy(() -> Numbers.parse("abc")).hasMessage("The parameter cannot be converted to a numeric value: abc");
    }
}
