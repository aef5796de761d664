package dojo.course.web;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.course.cell.CellRun;
import dojo.course.cell.CellSessions;
import dojo.course.content.ContentLibrary;
import dojo.course.content.Lesson;
import dojo.course.store.LoginSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Running Java cells: {@code POST /lessons/{slug}/cells/{n}/run} with {@code {"code": "...",
 * "above": ["...", ...]}} (the page's current text of the cells above, run first when this
 * session has not run them) answers {@code {"runs": [CellRun...]}}; {@code POST
 * /lessons/{slug}/cells/reset} discards the learner's session for the page.
 */
final class CellRoutes implements RouteGroup {
    private final ContentLibrary content;
    private final CellSessions cells;

    CellRoutes(ContentLibrary content, CellSessions cells) {
        this.content = content;
        this.cells = cells;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/lessons/{slug}/cells/{n}/run", this::run);
        routes.post("/lessons/{slug}/cells/reset", this::reset);
    }

    private void run(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lesson lesson = CoursePages.lesson(content, ctx.pathParam("slug"));
        int cell = cellIndex(ctx.pathParam("n"), lesson);
        int maxChars = cells.limits().maxCellChars();
        JsonNode body = Json.body(ctx, (cell + 1) * maxChars * 4 + 4096);
        String code = text(body.get("code"), "code", maxChars);
        JsonNode aboveNode = body.path("above");
        if (!aboveNode.isArray() || aboveNode.size() != cell) {
            throw new HttpError(400, "Expected 'above' to hold the text of the " + cell + " cells above cell " + (cell + 1)
                    + ", found " + (aboveNode.isArray() ? aboveNode.size() + " entries"
                    : aboveNode.isMissingNode() ? "nothing" : aboveNode.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        List<String> above = new ArrayList<>();
        for (JsonNode node : aboveNode) {
            above.add(text(node, "above[" + above.size() + "]", maxChars));
        }
        // an evaluation may take its whole time limit: not on a request thread (see WebApp)
        ctx.async(() -> {
            List<CellRun> runs = cells.run(session.learner().id(), lesson.slug(), cell, code, above);
            Json.send(ctx, 200, Map.of("runs", runs));
        });
    }

    private void reset(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lesson lesson = CoursePages.lesson(content, ctx.pathParam("slug"));
        cells.reset(session.learner().id(), lesson.slug());
        Json.send(ctx, 200, Map.of("reset", true));
    }

    private static int cellIndex(String text, Lesson lesson) {
        int count = lesson.cells().size();
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) >= count) {
            throw new HttpError(404, "Expected a cell number from 0 to " + (count - 1) + " of lesson '" + lesson.slug()
                    + "', found '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static String text(JsonNode node, String field, int maxChars) {
        if (node == null || !node.isTextual()) {
            throw new HttpError(400, "Expected '" + field + "' as a string of Java code, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        if (node.asText().length() > maxChars) {
            throw new HttpError(413, "Expected at most " + maxChars + " characters of code in a cell, found "
                    + node.asText().length() + "; shorten the cell");
        }
        return node.asText();
    }
}
