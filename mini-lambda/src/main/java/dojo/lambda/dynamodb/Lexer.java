package dojo.lambda.dynamodb;

import dojo.lambda.dynamodb.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; never fails, unknown characters become UNKNOWN tokens. */
final class Lexer {
    private Lexer() {}

    static List<Token> tokens(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (isNameChar(c) && !Character.isDigit(c)) {
                i = skipName(source, i);
                kind = Kind.NAME;
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(source.charAt(i))) {
                    i++;
                }
                kind = Kind.INTEGER;
            } else if ((c == '#' || c == ':') && i + 1 < n && isNameChar(source.charAt(i + 1))) {
                i = skipName(source, i + 1);
                kind = c == '#' ? Kind.NAME_REF : Kind.VALUE_REF;
            } else if (c == '<' && i + 1 < n && (source.charAt(i + 1) == '>' || source.charAt(i + 1) == '=')) {
                kind = source.charAt(i + 1) == '>' ? Kind.NE : Kind.LE;
                i += 2;
            } else if (c == '>' && i + 1 < n && source.charAt(i + 1) == '=') {
                kind = Kind.GE;
                i += 2;
            } else {
                kind = single(c);
                i++;
            }
            tokens.add(new Token(kind, source.substring(start, i), start, i));
        }
        tokens.add(new Token(Kind.EOF, "", n, n));
        return tokens;
    }

    private static Kind single(char c) {
        return switch (c) {
            case '.' -> Kind.DOT;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            case '=' -> Kind.EQ;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            default -> Kind.UNKNOWN;
        };
    }

    private static int skipName(String s, int i) {
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }
}
