package dojo.course.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders the fenced blocks that {@link SpecialBlocks} prepared (cells, quizzes, figures,
 * diagrams) from the HTML stored on the document; every other fenced block renders as Flexmark
 * does, as {@code <pre><code class="language-x">} for the highlighter.
 */
final class SpecialBlockRenderer implements NodeRenderer {
    static final DataKey<Map<Node, String>> HTML = new DataKey<>("DOJO_SPECIAL_BLOCK_HTML", new IdentityHashMap<>());

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        String special = HTML.get(context.getDocument()).get(block);
        if (special == null) {
            context.delegateRender();
        } else {
            html.rawPre(special); // keeps the indentation of code inside cells and diagrams
        }
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SpecialBlockRenderer();
        }
    }
}
