package dojo.lambda.dynamodb;

/** One token of a DynamoDB expression, with where it stands in the source text. */
record Token(Kind kind, String text, int start, int end) {
    enum Kind {
        /** An attribute name, keyword or function name; which one the parser decides. */
        NAME,
        /** {@code #name}: an entry of ExpressionAttributeNames. */
        NAME_REF,
        /** {@code :value}: an entry of ExpressionAttributeValues. */
        VALUE_REF,
        /** A list index. */
        INTEGER,
        DOT, LBRACKET, RBRACKET, LPAREN, RPAREN, COMMA,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
        /** A character the language does not know; the parser reports it as a syntax error. */
        UNKNOWN,
        EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Whether this is the (case-insensitive) keyword {@code word}. */
    boolean isWord(String word) {
        return kind == Kind.NAME && text.equalsIgnoreCase(word);
    }

    boolean isComparator() {
        return kind == Kind.EQ || kind == Kind.NE || kind == Kind.LT || kind == Kind.LE || kind == Kind.GT || kind == Kind.GE;
    }

    /** How AWS quotes this token in a syntax error. */
    String shown() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
