package dojo.course.content;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The course's Flexmark setup: CommonMark plus exactly the extensions content/README.md allows,
 * raw HTML suppressed, heading ids generated, {@code [TOC]} over levels 2 and 3. Parser and
 * renderer are immutable and shared by all threads.
 */
final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AdmonitionExtension.create(), TocExtension.create(),
                YamlFrontMatterExtension.create()));
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TocExtension.LEVELS, (1 << 2) | (1 << 3));
        options.set(TocExtension.TITLE, "On this page");
        options.set(TocExtension.TITLE_LEVEL, 2); // the lesson title is the only <h1>
        options.set(TocExtension.DIV_CLASS, "toc");
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(new SpecialBlockRenderer.Factory()).build();
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    String render(Document document) {
        return renderer.render(document);
    }

    /** Markdown text (an explanation) as HTML. */
    String block(String markdown) {
        return render(parse(markdown));
    }

    /** One line of inline Markdown (a prompt, a choice) as HTML without the surrounding paragraph. */
    String inline(String markdown) {
        String html = block(markdown.strip()).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
