package dojo.course.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The one YAML parser for front matter, course.yml, quizzes and figures. */
public final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private Yaml() {
    }

    /** Parses YAML text; a syntax error becomes an {@link IllegalArgumentException} naming the line in the text. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null ? MAPPER.missingNode() : node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new YamlSyntaxException(line, e.getOriginalMessage());
        }
    }

    /** A YAML syntax error at a 1-based line of the parsed text (0 when unknown). */
    public static final class YamlSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        YamlSyntaxException(int line, String message) {
            super("invalid YAML: " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
