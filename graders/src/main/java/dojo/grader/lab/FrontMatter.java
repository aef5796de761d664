package dojo.grader.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A Markdown file's YAML front matter (between two {@code ---} lines at the top) and its body. */
record FrontMatter(Map<String, Object> fields, String body) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static FrontMatter parse(Path file, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            throw new LabFormatException(file, "expected a YAML front matter block starting with a line '---' on line 1, "
                    + "found '" + (lines.isEmpty() ? "" : lines.get(0)) + "'; start the file with ---, the settings, then ---");
        }
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        if (end == 0) {
            throw new LabFormatException(file, "the front matter block opened on line 1 is never closed; add a line '---' after it");
        }
        String yaml = String.join("\n", lines.subList(1, end));
        Map<String, Object> fields;
        try {
            fields = YAML.readValue(yaml.isBlank() ? "{}" : yaml, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new LabFormatException(file, "the front matter is not valid YAML: " + e.getOriginalMessage()
                    + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr() + 1) + ")");
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip() + "\n";
        return new FrontMatter(fields == null ? Map.of() : fields, body);
    }
}
