package dojo.course.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.course.content.Lab;
import dojo.course.content.Labs;
import dojo.course.lab.LabGrade;
import dojo.course.lab.Submissions;
import dojo.course.store.LabStore;
import dojo.course.store.LoginSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.InstantSource;

/**
 * Submit: {@code POST /labs/{id}/submit} with the Run body saves the draft and queues a grade,
 * answering 202 {@code {"jobId", "state", "poll"}} (409 while the learner's previous Submit is
 * still grading); {@code GET /labs/{id}/submissions/{jobId}} answers the job's state and, once
 * DONE, the {@code attemptId} and the grade as the learner may see it now (checks hidden until
 * the due date left out) with {@code score} and {@code maxScore}.
 */
final class SubmitRoutes implements RouteGroup {
    private final Labs labs;
    private final LabStore store;
    private final Submissions submissions;
    private final InstantSource clock;

    SubmitRoutes(Labs labs, LabStore store, Submissions submissions, InstantSource clock) {
        this.labs = labs;
        this.store = store;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/labs/{id}/submit", this::submit);
        routes.get("/labs/{id}/submissions/{job}", this::poll);
    }

    private void submit(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lab lab = LabRoutes.lab(labs, ctx.pathParam("id"));
        LabRoutes.Work work = LabRoutes.work(ctx, lab);
        String learner = session.learner().id();
        store.saveDraft(learner, lab.id(), work.filesJson(), work.event());
        Submissions.Job job = submissions.submit(learner, lab.id(), work.files(), work.filesJson(), work.event());
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("jobId", job.id());
        answer.put("state", job.state().name());
        answer.put("poll", "/labs/" + lab.id() + "/submissions/" + job.id());
        Json.send(ctx, 202, answer);
    }

    private void poll(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lab lab = LabRoutes.lab(labs, ctx.pathParam("id"));
        String id = ctx.pathParam("job");
        Submissions.Job job = submissions.job(session.learner().id(), id).filter(j -> j.labId().equals(lab.id()))
                .orElseThrow(() -> new HttpError(404, "No Submit '" + id + "' of yours for lab '" + lab.id() + "' is known here"
                        + " (it is older than 15 minutes, or the server restarted); graded Submits are in your attempts on the lab page"));
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("jobId", job.id());
        answer.put("state", job.state().name());
        answer.put("seconds", (clock.millis() - job.createdAt()) / 1000);
        if (job.grade() != null) {
            answer.put("attemptId", job.attemptId());
            answer.set("grade", shown(job.grade(), clock));
        }
        Json.send(ctx, 200, answer);
    }

    /** The grade as the learner may see it at the clock's now, with its points. */
    static ObjectNode shown(LabGrade grade, InstantSource clock) {
        LabGrade visible = grade.visibleAt(clock.instant());
        ObjectNode json = Json.MAPPER.valueToTree(visible);
        json.put("hiddenChecks", grade.checks().size() - visible.checks().size());
        json.put("score", visible.score());
        json.put("maxScore", visible.maxScore());
        return json;
    }
}
