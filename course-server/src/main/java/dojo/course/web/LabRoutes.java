package dojo.course.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dojo.course.content.ContentLibrary;
import dojo.course.content.Lab;
import dojo.course.content.Labs;
import dojo.course.lab.LabRunner;
import dojo.course.lab.RunResult;
import dojo.course.store.LabStore;
import dojo.course.store.LoginSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labs in the browser: {@code GET /labs/{id}} (instructions, editor, events, attempts), {@code POST
 * /labs/{id}/draft} with {@code {"files": {path: source}, "event": "..."}} saves the draft, and
 * {@code POST /labs/{id}/run} with the same body compiles, deploys and invokes on mini-lambda and
 * answers a {@link RunResult} plus {@code attemptId}, {@code POST /labs/{id}/hints} reveals the next
 * hint. Sources are limited to 256 KB in all. Submit is {@link SubmitRoutes}.
 */
final class LabRoutes implements RouteGroup {
    static final int MAX_CODE_CHARS = 256 * 1024;
    static final int MAX_EVENT_CHARS = 64 * 1024;
    private final ContentLibrary content;
    private final Labs labs;
    private final LabStore store;
    private final LabRunner runner;
    private final InstantSource clock;

    LabRoutes(ContentLibrary content, Labs labs, LabStore store, LabRunner runner, InstantSource clock) {
        this.content = content;
        this.labs = labs;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/labs/{id}", this::page);
        routes.post("/labs/{id}/draft", this::saveDraft);
        routes.post("/labs/{id}/run", this::run);
        routes.post("/labs/{id}/hints", this::revealHint);
    }

    private void page(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lab lab = lab(labs, ctx.pathParam("id"));
        String learner = session.learner().id();
        Layout.send(ctx, 200, Layout.page(lab.meta().title(), content.course().title(), session,
                LabPage.render(lab, labs.hints(lab), store.hintsRevealed(learner, lab.id()), store.draft(learner, lab.id()),
                        store.attempts(learner, lab.id()), clock.instant()),
                Layout.Assets.EDITOR));
    }

    private void saveDraft(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lab lab = lab(labs, ctx.pathParam("id"));
        Work work = work(ctx, lab);
        long savedAt = store.saveDraft(session.learner().id(), lab.id(), work.filesJson(), work.event());
        Json.send(ctx, 200, Map.of("savedAt", savedAt));
    }

    private void run(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lab lab = lab(labs, ctx.pathParam("id"));
        Work work = work(ctx, lab);
        try {
            Json.MAPPER.readTree(work.event());
        } catch (JsonProcessingException e) {
            // Jackson's limits (nesting depth, number length) fail without a location
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new HttpError(400, "Expected the event to be JSON, found malformed JSON: " + e.getOriginalMessage() + where
                    + "; fix the event");
        }
        String learner = session.learner().id();
        store.saveDraft(learner, lab.id(), work.filesJson(), work.event());
        // compiling, deploying and invoking take seconds: not on a request thread (see WebApp)
        ctx.async(() -> {
            RunResult result = runner.run(learner, lab, work.files(), work.event());
            String resultJson = toJson(result);
            String attemptId = store.recordAttempt(learner, lab.id(), "run", work.filesJson(), work.event(), result.outcome(), resultJson);
            JsonNode answer = Json.MAPPER.valueToTree(result);
            ((com.fasterxml.jackson.databind.node.ObjectNode) answer).put("attemptId", attemptId);
            Json.send(ctx, 200, answer);
        });
    }

    /** Reveals the next hint: answers {@code {"revealed": n, "total": t, "hint": {"title", "html"}}}. */
    private void revealHint(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lab lab = lab(labs, ctx.pathParam("id"));
        List<Labs.Hint> hints = labs.hints(lab);
        if (hints.isEmpty()) {
            throw new HttpError(404, "The lab '" + lab.id() + "' has no hints");
        }
        int before = store.hintsRevealed(session.learner().id(), lab.id());
        if (before >= hints.size()) {
            throw new HttpError(409, "All " + hints.size() + " hints of this lab are shown already; they are on the page");
        }
        int revealed = store.revealHint(session.learner().id(), lab.id(), hints.size());
        Json.send(ctx, 200, Map.of("revealed", revealed, "total", hints.size(), "hint", hints.get(revealed - 1)));
    }

    record Work(Map<String, String> files, String filesJson, String event) {
    }

    /** The files (only the starter's paths, each a string) and the event text of a draft, run or submit body. */
    static Work work(Context ctx, Lab lab) {
        JsonNode body = Json.body(ctx, 4 * (MAX_CODE_CHARS + MAX_EVENT_CHARS) + 4096);
        JsonNode filesNode = body.get("files");
        if (filesNode == null || !filesNode.isObject()) {
            throw new HttpError(400, "Expected 'files' as an object of path -> Java source, found "
                    + (filesNode == null ? "nothing" : filesNode.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, String> files = new LinkedHashMap<>(lab.starter());
        int chars = 0;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) filesNode::fields) {
            if (!lab.starter().containsKey(e.getKey())) {
                throw new HttpError(400, "Expected files of lab '" + lab.id() + "' (" + String.join(", ", lab.starter().keySet())
                        + "), found '" + e.getKey() + "'");
            }
            if (!e.getValue().isTextual()) {
                throw new HttpError(400, "Expected '" + e.getKey() + "' as a string of Java source, found "
                        + e.getValue().getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            files.put(e.getKey(), e.getValue().asText());
        }
        for (String text : files.values()) {
            chars += text.length();
        }
        if (chars > MAX_CODE_CHARS) {
            throw new HttpError(413, "Expected at most " + MAX_CODE_CHARS / 1024 + " KB of code, found " + chars / 1024
                    + " KB; shorten the code");
        }
        JsonNode event = body.get("event");
        if (event == null || !event.isTextual()) {
            throw new HttpError(400, "Expected 'event' as the event's JSON text, found "
                    + (event == null ? "nothing" : event.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        if (event.asText().length() > MAX_EVENT_CHARS) {
            throw new HttpError(413, "Expected an event of at most " + MAX_EVENT_CHARS / 1024 + " KB, found "
                    + event.asText().length() / 1024 + " KB");
        }
        return new Work(files, toJson(files), event.asText());
    }

    static Lab lab(Labs labs, String id) {
        return labs.lab(id).orElseThrow(() -> new HttpError(404, "There is no lab '" + id + "'. The labs are: "
                + (labs.ids().isEmpty() ? "(none yet)" : String.join(", ", labs.ids())) + "."));
    }

    static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
