package dojo.lambda.dynamodb;

import dojo.lambda.dynamodb.Token.Kind;
import java.util.List;

/**
 * A parser's position in the tokens of one expression, and the errors it reports in AWS's words:
 * {@code Invalid ConditionExpression: Syntax error; token: "=", near: "a = = b"}. Errors found
 * while the syntax is still fine (an undefined placeholder, a reserved word) are kept until the
 * whole expression has parsed, so a syntax error anywhere wins, as on AWS.
 */
final class TokenCursor {
    private final String kind;
    private final String source;
    private final List<Token> tokens;
    private int pos;
    private TableException deferred;

    /** {@code kind} is the request field: ConditionExpression, UpdateExpression, ... */
    TokenCursor(String kind, String source) {
        if (source.isBlank()) {
            throw TableException.validation("Invalid " + kind + ": The expression can not be empty;");
        }
        this.kind = kind;
        this.source = source;
        this.tokens = Lexer.tokens(source);
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (!t.is(Kind.EOF)) {
            pos++;
        }
        return t;
    }

    Token expect(Kind k) {
        if (!peek().is(k)) {
            throw syntaxError();
        }
        return next();
    }

    boolean accept(Kind k) {
        if (peek().is(k)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            next();
            return true;
        }
        return false;
    }

    /** A syntax error at the current token. */
    TableException syntaxError() {
        Token bad = peek();
        int start = tokens.get(Math.max(0, pos - 1)).start();
        Token after = peek(1);
        int end = bad.is(Kind.EOF) ? source.length() : after.is(Kind.EOF) ? bad.end() : after.end();
        return invalid("Syntax error; token: \"" + bad.shown() + "\", near: \"" + source.substring(start, end).strip() + "\"");
    }

    TableException invalid(String detail) {
        return TableException.validation("Invalid " + kind + ": " + detail);
    }

    /** Remembers the first semantic error; {@link #finish()} throws it once the syntax is known good. */
    void defer(String detail) {
        if (deferred == null) {
            deferred = invalid(detail);
        }
    }

    void finish() {
        if (!peek().is(Kind.EOF)) {
            throw syntaxError();
        }
        if (deferred != null) {
            throw deferred;
        }
    }
}
