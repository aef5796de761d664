package dojo.course.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dojo.course.quiz.QuizParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Renders one lesson file into a {@link Lesson}, or explains why it cannot be served. Thread-safe. */
final class LessonRenderer {
    private final Markdown markdown = new Markdown();
    private final QuizParser quizzes = new QuizParser(markdown::inline, markdown::block);

    /** The lesson (null when an error keeps it from being served) and every problem found. */
    record Result(Lesson lesson, List<ContentProblem> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    Markdown markdown() {
        return markdown;
    }

    Result render(String text, String file, String slug, int expectedOrder, Predicate<String> labExists) {
        List<ContentProblem> problems = new ArrayList<>();
        Document document = markdown.parse(text);
        LessonMeta meta = frontMatter(document, file, expectedOrder, problems);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                problems.add(ContentProblem.error(file, document.getLineNumber(heading.getStartOffset()) + 1,
                        "expected headings to start at ## (the title comes from front matter), found a # heading"));
            }
        }
        SpecialBlocks.Prepared prepared = SpecialBlocks.prepare(document, slug, file, 0, quizzes, problems);
        if (meta != null) {
            meta.labs().stream().filter(lab -> !labExists.test(lab)).forEach(lab -> problems.add(ContentProblem.warning(file, 0,
                    "lab '" + lab + "' has no folder labs/" + lab + "/; the lesson is served without that lab link")));
        }
        if (meta == null || problems.stream().anyMatch(ContentProblem::error)) {
            return new Result(null, problems);
        }
        List<String> labs = meta.labs().stream().filter(labExists).toList();
        LessonMeta served = new LessonMeta(meta.title(), meta.order(), meta.summary(), labs, meta.minutes());
        return new Result(new Lesson(slug, served, markdown.render(document), prepared.cells(), prepared.questions(),
                prepared.hasFigures(), prepared.hasDiagrams(), problems), problems);
    }

    private static LessonMeta frontMatter(Document document, String file, int expectedOrder, List<ContentProblem> problems) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            problems.add(ContentProblem.error(file, 1, "expected the lesson to start with front matter (a line ---, YAML,"
                    + " a line ---), found " + (first == null ? "an empty file" : first.getNodeName())));
            return null;
        }
        String chars = block.getChars().toString();
        String yaml = chars.substring(chars.indexOf('\n') + 1, Math.max(chars.indexOf('\n') + 1, chars.lastIndexOf("---")));
        JsonNode node;
        try {
            node = Yaml.parse(yaml);
        } catch (Yaml.YamlSyntaxException e) {
            problems.add(ContentProblem.error(file, 1 + Math.max(1, e.line()), "front matter: " + e.getMessage()));
            return null;
        }
        return LessonMeta.from(node, file, 1, expectedOrder, problems);
    }
}
