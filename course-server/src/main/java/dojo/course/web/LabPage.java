package dojo.course.web;

import static dojo.course.Html.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.course.content.Lab;
import dojo.course.content.Labs;
import dojo.course.lab.LabGrade;
import dojo.course.store.LabStore;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * A lab page: the instructions (with the hints revealed so far) beside the editor (static/lab.js
 * turns the textarea into CodeMirror), the sample events, Run and Submit, the result panels and the
 * table of attempts. The starter,
 * the events and the learner's draft travel as JSON in a data block, never as inline script.
 */
final class LabPage {
    private LabPage() {
    }

    static String render(Lab lab, List<Labs.Hint> hints, int revealed, Optional<LabStore.Draft> draft, List<LabStore.Attempt> attempts,
            Instant now) {
        StringBuilder html = new StringBuilder(lab.instructionsHtml().length() + 8192)
                .append("<div class=\"lab\" data-lab=\"").append(escape(lab.id())).append("\">\n")
                .append("<article class=\"lab-instructions\"><header><p class=\"lesson-meta\">Lab · handler <code>")
                .append(escape(lab.meta().handler())).append("</code> · ").append(lab.meta().memoryMb()).append(" MB · ")
                .append(lab.meta().timeoutSeconds()).append(" s timeout</p>\n<h1>").append(escape(lab.meta().title()))
                .append("</h1>\n<p class=\"summary\">").append(escape(lab.meta().summary())).append("</p></header>\n")
                .append(lab.instructionsHtml());
        if (!hints.isEmpty()) {
            html.append(hintsSection(hints, revealed));
        }
        html.append("</article>\n<section class=\"lab-work\" aria-label=\"Your code\">\n")
                .append("<div class=\"lab-toolbar\"><label for=\"lab-file\">File</label> <select id=\"lab-file\">");
        lab.starter().keySet().forEach(path -> html.append("<option>").append(escape(path)).append("</option>"));
        html.append("</select> <span id=\"lab-save-state\" class=\"save-state\" role=\"status\" aria-live=\"polite\">")
                .append(draft.isPresent() ? "saved" : "starter code").append("</span></div>\n")
                .append("<textarea id=\"lab-code\" class=\"lab-code\" aria-label=\"Java code\" aria-describedby=\"lab-keys\"")
                .append(" spellcheck=\"false\"></textarea>\n")
                // Tab indents in the editor, so keyboard users need to be told how to leave it
                .append("<p id=\"lab-keys\" class=\"editor-keys\">In the editor, Tab indents; press Esc, then Tab, to move on.")
                .append(" Ctrl+Enter runs.</p>\n")
                .append("<div class=\"lab-event\"><label for=\"lab-event-pick\">Sample event</label> <select id=\"lab-event-pick\">");
        lab.events().keySet().forEach(name -> html.append("<option>").append(escape(name)).append("</option>"));
        html.append("</select>\n<textarea id=\"lab-event\" class=\"lab-event-text\" rows=\"5\" spellcheck=\"false\""
                + " aria-label=\"Event JSON\"></textarea></div>\n")
                .append("<div class=\"lab-actions\"><button type=\"button\" id=\"lab-run\">Run</button>")
                .append("<button type=\"button\" id=\"lab-submit\">Submit</button>")
                .append("<button type=\"button\" id=\"lab-reset\" class=\"secondary\">Reset to starter</button></div>\n")
                .append("<p id=\"lab-run-state\" class=\"grade-state\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("<div id=\"lab-problems\" class=\"lab-problems\" role=\"alert\"></div>\n")
                .append("<p id=\"lab-grade-state\" class=\"grade-state\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("<section id=\"lab-grade\" class=\"lab-grade\" aria-label=\"Grade of your last Submit\" hidden></section>\n")
                .append("<section id=\"lab-result\" class=\"lab-result\" aria-label=\"Result of the last run\" hidden></section>\n")
                .append("<section class=\"lab-attempts\" aria-labelledby=\"attempts-title\"><h2 id=\"attempts-title\">Your attempts</h2>")
                .append("<table><thead><tr><th scope=\"col\">When (UTC)</th><th scope=\"col\">Kind</th><th scope=\"col\">Outcome</th>")
                .append("<th scope=\"col\">Points</th>")
                .append("</tr></thead><tbody id=\"lab-attempts\">");
        attempts.forEach(a -> html.append(row(a, now)));
        html.append("</tbody></table></section>\n</section>\n</div>\n")
                .append("<script type=\"application/json\" id=\"lab-data\">").append(data(lab, draft, attempts, now).replace("</", "<\\/"))
                .append("</script>\n");
        return html.toString();
    }

    private static String hintsSection(List<Labs.Hint> hints, int revealed) {
        StringBuilder html = new StringBuilder("<section class=\"lab-hints\" aria-labelledby=\"hints-title\"><h2 id=\"hints-title\">")
                .append("Hints</h2>\n<ol id=\"lab-hint-list\" class=\"hint-list\">");
        for (Labs.Hint hint : hints.subList(0, Math.min(revealed, hints.size()))) {
            html.append("<li><h3>").append(escape(hint.title())).append("</h3>\n").append(hint.html()).append("</li>\n");
        }
        html.append("</ol>\n<p><button type=\"button\" id=\"lab-hint\" class=\"secondary\" data-total=\"").append(hints.size())
                .append("\" data-revealed=\"").append(revealed).append('"').append(revealed >= hints.size() ? " hidden" : "")
                .append(">Show a hint (").append(Math.min(revealed + 1, hints.size())).append(" of ").append(hints.size())
                .append(")</button> <span id=\"lab-hint-state\" role=\"status\">")
                .append(revealed >= hints.size() ? "All hints shown." : "").append("</span></p></section>\n");
        return html.toString();
    }

    private static String row(LabStore.Attempt a, Instant now) {
        String points = "";
        if (a.kind().equals("submit")) {
            LabGrade grade = LabGrades.read(a.resultJson()).visibleAt(now);
            points = LabGrades.points(grade);
        }
        return "<tr><td>" + escape(Instant.ofEpochMilli(a.createdAt()).toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z"))
                + "</td><td>" + escape(a.kind()) + "</td><td>" + escape(a.outcome()) + "</td><td>" + escape(points) + "</td></tr>";
    }

    private static String data(Lab lab, Optional<LabStore.Draft> draft, List<LabStore.Attempt> attempts, Instant now) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", lab.id());
        ObjectNode starter = json.putObject("starter");
        lab.starter().forEach(starter::put);
        ObjectNode events = json.putObject("events");
        lab.events().forEach(events::put);
        draft.ifPresent(d -> {
            ObjectNode saved = json.putObject("draft");
            try {
                saved.set("files", Json.MAPPER.readTree(d.filesJson()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("A stored draft of lab " + lab.id() + " is not JSON", e);
            }
            saved.put("event", d.eventJson());
            saved.put("savedAt", d.savedAt());
        });
        attempts.stream().filter(a -> a.kind().equals("submit")).findFirst()
                .ifPresent(a -> json.set("lastGrade", SubmitRoutes.shown(LabGrades.read(a.resultJson()), InstantSource.fixed(now))));
        return json.toString();
    }
}
