package dojo.course.content;

import static dojo.course.Html.escape;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dojo.course.quiz.Question;
import dojo.course.quiz.QuizHtml;
import dojo.course.quiz.QuizParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pass over a lesson's fenced blocks before rendering: finds runnable cells and their expected
 * output, quizzes, figures and diagrams, checks the rules of content/README.md, and prepares the
 * HTML that {@link SpecialBlockRenderer} writes in their place.
 */
final class SpecialBlocks {
    static final String CELL = "java runnable";
    private static final Set<String> SPECIAL = Set.of(CELL, "output", "quiz", "figure", "mermaid");

    record Prepared(List<Cell> cells, List<Question> questions, boolean hasFigures, boolean hasDiagrams) {
    }

    private SpecialBlocks() {
    }

    static Prepared prepare(Document document, String slug, String file, int lineOffset, QuizParser quizzes,
            List<ContentProblem> problems) {
        Map<Node, String> html = new IdentityHashMap<>();
        List<FencedCodeBlock> cellBlocks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        boolean figures = false;
        boolean diagrams = false;
        for (Node node : document.getDescendants()) {
            if (!(node instanceof FencedCodeBlock block)) {
                continue;
            }
            String info = block.getInfo().toString().trim();
            if (!SPECIAL.contains(info)) {
                continue;
            }
            int line = lineOffset + document.getLineNumber(block.getStartOffset()) + 1;
            String content = content(block);
            if (!(block.getParent() instanceof Document)) {
                problems.add(ContentProblem.error(file, line, "expected the '" + info + "' block at the top level of the lesson,"
                        + " found it inside a " + block.getParent().getNodeName() + "; special blocks never sit in a list,"
                        + " quote or admonition"));
                continue;
            }
            switch (info) {
                case CELL -> {
                    cellBlocks.add(block);
                    expected.add(null);
                }
                case "output" -> {
                    Node previous = block.getPrevious();
                    if (previous instanceof FencedCodeBlock cell && cell.getInfo().toString().trim().equals(CELL)
                            && !cellBlocks.isEmpty() && cellBlocks.get(cellBlocks.size() - 1) == cell) {
                        expected.set(expected.size() - 1, content);
                        html.put(block, "");
                    } else {
                        problems.add(ContentProblem.error(file, line, "expected an 'output' block directly after a 'java runnable'"
                                + " cell, found it after " + (previous == null ? "nothing" : previous.getNodeName())));
                    }
                }
                case "quiz" -> {
                    List<Question> parsed = quizzes.parse(content, file, line + 1, problems);
                    for (Question q : parsed) {
                        if (!questionIds.add(q.id())) {
                            problems.add(ContentProblem.error(file, line, "expected quiz question ids to be unique in the lesson,"
                                    + " found '" + q.id() + "' twice"));
                        }
                    }
                    questions.addAll(parsed);
                    html.put(block, QuizHtml.render(slug, parsed));
                }
                case "figure" -> {
                    String figure = Figures.render(content, file, line + 1, problems);
                    if (figure != null) {
                        html.put(block, figure);
                        figures = true;
                    }
                }
                case "mermaid" -> {
                    html.put(block, "<figure class=\"diagram\"><pre class=\"mermaid\">" + escape(content) + "</pre></figure>\n");
                    diagrams = true;
                }
                default -> throw new IllegalStateException("unhandled special block " + info);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < cellBlocks.size(); i++) {
            Cell cell = new Cell(i, content(cellBlocks.get(i)), expected.get(i));
            cells.add(cell);
            html.put(cellBlocks.get(i), cellHtml(cell));
        }
        document.set(SpecialBlockRenderer.HTML, html);
        return new Prepared(cells, questions, figures, diagrams);
    }

    /** The block's text between its fences exactly as written (Flexmark's content chars drop indentation). */
    static String content(FencedCodeBlock block) {
        String all = block.getChars().toString();
        int start = all.indexOf('\n') + 1;
        if (start == 0) {
            return "";
        }
        int end = block.getClosingMarker().isEmpty() ? all.length() : block.getClosingMarker().getStartOffset() - block.getStartOffset();
        String text = all.substring(start, Math.max(start, end));
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private static String cellHtml(Cell cell) {
        int number = cell.index() + 1;
        long lines = cell.code().lines().count();
        StringBuilder html = new StringBuilder()
                .append("<section class=\"cell\" data-cell=\"").append(cell.index()).append("\" aria-label=\"Java cell ")
                .append(number).append("\">\n<div class=\"cell-bar\"><span class=\"cell-label\">Java cell ").append(number)
                .append("</span><span class=\"cell-keys\">Ctrl+Enter runs</span>")
                .append("<button type=\"button\" class=\"run-cell\">Run</button>")
                .append("<button type=\"button\" class=\"reset-cell\" title=\"Restore this cell's code and start a fresh session\">Reset</button></div>\n")
                .append("<textarea class=\"cell-code\" rows=\"").append(Math.min(30, Math.max(3, lines + 1)))
                .append("\" wrap=\"off\" spellcheck=\"false\" autocapitalize=\"off\" autocomplete=\"off\" aria-label=\"Java code of cell ")
                .append(number).append("\">\n").append(escape(cell.code())).append("</textarea>\n")
                .append("<div class=\"cell-result\" role=\"status\" aria-live=\"polite\"></div>\n");
        if (cell.expectedOutput() != null) {
            html.append("<details class=\"expected-output\"><summary>Expected output</summary><pre class=\"expected\">")
                    .append(escape(cell.expectedOutput())).append("</pre></details>\n");
        }
        return html.append("</section>\n").toString();
    }
}
