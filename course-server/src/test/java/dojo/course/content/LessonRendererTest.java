package dojo.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonRendererTest {
    private static final String FRONT = "---\ntitle: A lesson\norder: 2\nsummary: One sentence.\nlabs: []\nminutes: 10\n---\n\n";
    private final LessonRenderer renderer = new LessonRenderer();

    private LessonRenderer.Result render(String body) {
        return renderer.render(FRONT + body, "lessons/02-a.md", "a", 2, lab -> lab.equals("real-lab"));
    }

    private String html(String body) {
        LessonRenderer.Result result = render(body);
        assertThat(result.problems()).filteredOn(ContentProblem::error).isEmpty();
        return result.lesson().bodyHtml();
    }

    @Test
    void frontMatterBecomesTheLessonsMetadata() {
        Lesson lesson = render("Text.\n").lesson();
        assertThat(lesson.meta()).isEqualTo(new LessonMeta("A lesson", 2, "One sentence.", List.of(), 10));
        assertThat(lesson.bodyHtml()).doesNotContain("title:").contains("<p>Text.</p>");
    }

    @Test
    void frontMatterBreakingTheRulesKeepsTheLessonFromBeingServedAndSaysWhy() {
        LessonRenderer.Result result = renderer.render("---\ntitle: T\norder: 3\nsummary: S\nlabs: []\nminutes: 200\ncolour: red\n---\n",
                "lessons/02-a.md", "a", 2, lab -> true);
        assertThat(result.lesson()).isNull();
        assertThat(result.problems()).extracting(ContentProblem::message).contains(
                "unknown front matter key 'colour'; allowed keys are [labs, minutes, order, summary, title]",
                "expected order: 2 (the file's number and its position in course.yml), found 3",
                "expected minutes between 5 and 90, found 200");
    }

    @Test
    void aLessonWithoutFrontMatterIsAnError() {
        LessonRenderer.Result result = renderer.render("## Hello\n", "lessons/01-x.md", "x", 1, lab -> true);
        assertThat(result.lesson()).isNull();
        assertThat(result.problems().get(0).message()).startsWith("expected the lesson to start with front matter");
    }

    @Test
    void aMissingLabIsAWarningAndItsLinkIsLeftOut() {
        LessonRenderer.Result result = renderer.render(FRONT.replace("labs: []", "labs: [real-lab, gone]"), "lessons/02-a.md", "a", 2,
                lab -> lab.equals("real-lab"));
        assertThat(result.lesson().meta().labs()).containsExactly("real-lab");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.message()).startsWith("lab 'gone' has no folder labs/gone/");
        });
    }

    @Test
    void pipeTablesRenderAsTables() {
        assertThat(html("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<table class=\"table\">", "<th>a</th>", "<td>2</td>");
    }

    @Test
    void admonitionsRenderWithTheirQualifierAndTitle() {
        assertThat(html("!!! warning \"Two timeouts\"\n    Body **bold**.\n"))
                .contains("adm-block adm-warning", "<span>Two timeouts</span>", "<strong>bold</strong>");
    }

    @Test
    void tocListsLevelTwoAndThreeHeadingsWithTheirIds() {
        String html = html("[TOC]\n\n## First part\n\n### Detail\n\n#### Too deep\n");
        assertThat(html).contains("<a href=\"#first-part\">First part</a>", "<a href=\"#detail\">Detail</a>",
                "<h2 id=\"first-part\">First part</h2>").doesNotContain("href=\"#too-deep\"");
    }

    @Test
    void codeBlocksCarryTheirLanguageForTheHighlighter() {
        assertThat(html("```java\nint x = 1;\n```\n")).contains("<pre><code class=\"language-java\">int x = 1;");
    }

    @Test
    void mermaidSourceIsEscapedInAPreForTheBrowser() {
        assertThat(html("```mermaid\nflowchart LR\n    A --> B<script>\n```\n"))
                .contains("<pre class=\"mermaid\">flowchart LR\n    A --&gt; B&lt;script&gt;\n</pre>");
    }

    @Test
    void rawHtmlAndSourceCommentsAreDropped() {
        assertThat(html("Text <!-- source: https://x.y -->\n\n<div>raw</div>\n")).doesNotContain("source:", "<div>raw");
    }

    @Test
    void runnableCellsBecomeEditableCellsWithTheirExpectedOutput() {
        Lesson lesson = render("```java runnable\nif (true) {\n    System.out.println(1);\n}\n```\n\n```output\n1\n```\n\n"
                + "```java runnable\nint y = 2;\n```\n").lesson();
        assertThat(lesson.cells()).containsExactly(new Cell(0, "if (true) {\n    System.out.println(1);\n}\n", "1\n"),
                new Cell(1, "int y = 2;\n", null));
        assertThat(lesson.bodyHtml()).contains("data-cell=\"0\"", "data-cell=\"1\"", "<pre class=\"expected\">1\n</pre>",
                "if (true) {\n    System.out.println(1);");
    }

    @Test
    void anOutputBlockNotAfterACellIsAnError() {
        LessonRenderer.Result result = render("Text.\n\n```output\n1\n```\n");
        assertThat(result.lesson()).isNull();
        assertThat(result.problems().get(0).message()).startsWith("expected an 'output' block directly after a 'java runnable' cell");
        assertThat(result.problems().get(0).line()).isEqualTo(11);
    }

    @Test
    void aSpecialBlockInsideAListIsAnError() {
        LessonRenderer.Result result = render("- item\n\n  ```quiz\n  - id: x\n  ```\n");
        assertThat(result.problems().get(0).message()).startsWith("expected the 'quiz' block at the top level of the lesson");
    }

    @Test
    void quizzesRenderWithoutTheirAnswersOrExplanations() {
        Lesson lesson = render("```quiz\n- id: q1\n  type: single\n  prompt: Pick **one**\n  choices: [\"`a`\", \"b\"]\n"
                + "  answer: 1\n  explanation: BECAUSE-B\n```\n").lesson();
        assertThat(lesson.questions()).singleElement().satisfies(q -> assertThat(q.correctChoices()).containsExactly(1));
        assertThat(lesson.bodyHtml()).contains("Pick <strong>one</strong>", "<code>a</code>", "type=\"radio\"",
                "action=\"/lessons/a/quiz/q1\"").doesNotContain("BECAUSE-B");
    }

    @Test
    void figuresAreCheckedAndRenderedWithTheirParameters() {
        Lesson lesson = render("```figure\nkind: pricing-calculator\nmemoryMb: 512\ndurationMs: 150\n"
                + "invocationsPerMonth: 4000000\narchitecture: x86_64\nfreeTier: true\n```\n").lesson();
        assertThat(lesson.hasFigures()).isTrue();
        assertThat(lesson.bodyHtml()).contains("data-kind=\"pricing-calculator\"", "&quot;memoryMb&quot;:512");

        LessonRenderer.Result bad = render("```figure\nkind: pricing-calculator\nmemoryMb: 64\ndurationMs: 150\n"
                + "invocationsPerMonth: 1\narchitecture: sparc\nfreeTier: true\n```\n");
        assertThat(bad.problems()).extracting(ContentProblem::message).contains(
                "figure pricing-calculator: expected memoryMb as an integer from 128 to 10240, found 64",
                "figure pricing-calculator: expected architecture x86_64 or arm64, found \"sparc\"");
    }

    @Test
    void aLevelOneHeadingIsAnErrorBecauseTheTitleIsTheOnlyH1() {
        assertThat(render("# Title again\n").problems()).extracting(ContentProblem::message)
                .contains("expected headings to start at ## (the title comes from front matter), found a # heading");
    }
}
