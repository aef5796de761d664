package dojo.lambda.dynamodb;

/** The long type names AWS uses in operand type errors ({@code operand type: NUMBER}). */
final class TypeNames {
    private TypeNames() {}

    static String of(Value v) {
        return switch (v.type()) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "NULL" -> "NULL";
            case "SS" -> "STRING SET";
            case "NS" -> "NUMBER SET";
            case "BS" -> "BINARY SET";
            case "L" -> "LIST";
            default -> "MAP";
        };
    }
}
