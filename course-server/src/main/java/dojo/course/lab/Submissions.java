package dojo.course.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.course.store.LabStore;
import dojo.grader.Grader;
import dojo.grader.compile.Layer;
import dojo.grader.lab.Lab;
import dojo.grader.lab.LabCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submit: grades a learner's code with the graders module in-process, on the server's embedded
 * engine, off the HTTP threads. {@link #submit} queues a job on a small bounded pool and answers
 * at once; the page polls {@link #job}. One job per learner at a time. Each grade runs in a fresh
 * engine account of its own (the grader creates it), so no learner's grade touches another's
 * functions or tables; the result is kept as a "submit" attempt of that learner only.
 * Thread-safe.
 */
public final class Submissions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration KEEP_FINISHED = Duration.ofMinutes(15);
    private final LabRunner runner;
    private final Path labsDir;
    private final Path workDir;
    private final LabStore store;
    private final InstantSource clock;
    private final int workers;
    private final ThreadPoolExecutor pool;
    private final Map<String, String> activeByLearner = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private Layer layer;
    private Grader grader;

    public enum State { QUEUED, RUNNING, DONE }

    /** A Submit in progress or done; {@code attemptId} and {@code grade} are set when DONE. */
    public record Job(String id, String learnerId, String labId, State state, long createdAt, String attemptId, LabGrade grade) {
        Job with(State next, String attempt, LabGrade result) {
            return new Job(id, learnerId, labId, next, createdAt, attempt, result);
        }
    }

    /**
     * @param workers grades that run at once (each needs CPU for cold starts and timing checks)
     * @param maxQueued grades that may wait for a worker before Submit answers "busy"
     */
    public Submissions(LabRunner runner, Path labsDir, Path workDir, LabStore store, InstantSource clock, int workers, int maxQueued) {
        this.runner = runner;
        this.labsDir = labsDir;
        this.workDir = workDir;
        this.store = store;
        this.clock = clock;
        this.workers = workers;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(maxQueued), r -> {
            Thread t = new Thread(r, "grade-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a grade of {@code files} (path under the lab's starter -> source) for the learner.
     *
     * @throws SubmitRefused 409 when this learner already has a Submit running or the lab cannot be
     *     graded, 503 when the queue is full
     */
    public Job submit(String learnerId, String labId, Map<String, String> files, String filesJson, String eventJson) {
        Lab lab = gradable(labId);
        forgetOldJobs();
        Job job = new Job(UUID.randomUUID().toString(), learnerId, labId, State.QUEUED, clock.millis(), null, null);
        String running = activeByLearner.putIfAbsent(learnerId, job.id());
        if (running != null) {
            throw new SubmitRefused(409, "A Submit of yours is still being graded (" + jobs.get(running).labId() + "); wait for"
                    + " its result, then submit again");
        }
        jobs.put(job.id(), job);
        try {
            pool.execute(() -> grade(job, lab, files, filesJson, eventJson));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            activeByLearner.remove(learnerId, job.id());
            throw new SubmitRefused(503, "The grader is busy: " + pool.getQueue().size() + " submissions are waiting."
                    + " Try again in a minute");
        }
        return job;
    }

    /** The job, only for the learner who submitted it. */
    public Optional<Job> job(String learnerId, String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).filter(j -> j.learnerId().equals(learnerId));
    }

    private void grade(Job queued, Lab lab, Map<String, String> files, String filesJson, String eventJson) {
        jobs.put(queued.id(), queued.with(State.RUNNING, null, null));
        long started = System.nanoTime();
        LabGrade result;
        Path folder = workDir.resolve("submissions").resolve(queued.id());
        try {
            SubmissionFolder.write(folder, files);
            result = LabGrade.of(grader().grade(lab, folder));
        } catch (RuntimeException e) {
            LOG.error("Grading {} for learner {} failed", lab.id(), queued.learnerId(), e);
            result = LabGrade.error("Grading failed on the server (" + e.getMessage() + "). Submit again; if it keeps failing,"
                    + " tell the course staff.", (System.nanoTime() - started) / 1_000_000);
        } finally {
            SubmissionFolder.delete(folder);
        }
        String attemptId = null;
        try {
            attemptId = store.recordAttempt(queued.learnerId(), lab.id(), "submit", filesJson, eventJson, result.status(),
                    JSON.writeValueAsString(result));
        } catch (JsonProcessingException | RuntimeException e) {
            // e.g. the guest logged in to another account while grading: the result is still shown once
            LOG.warn("Could not keep the Submit of {} by {}: {}", lab.id(), queued.learnerId(), e.toString());
        }
        jobs.put(queued.id(), queued.with(State.DONE, attemptId, result));
        activeByLearner.remove(queued.learnerId(), queued.id());
    }

    /** The lab as the grader reads it (read again each time, so edited labs are graded as they are now). */
    private Lab gradable(String labId) {
        LabCatalog catalog = LabCatalog.load(labsDir, layer().clients());
        return catalog.find(labId).orElseThrow(() -> new SubmitRefused(409, "The lab '" + labId + "' cannot be graded: "
                + catalog.problems().stream().filter(p -> p.labId().equals(labId)).map(Object::toString).findFirst()
                        .orElse("it has no folder under " + labsDir) + ". This is the lab's fault, not yours: tell the course staff"));
    }

    private synchronized Layer layer() {
        if (layer == null) {
            layer = Layer.extract(workDir.resolve("layer"));
        }
        return layer;
    }

    private synchronized Grader grader() {
        if (grader == null) {
            grader = new Grader(runner.engine(), LabCatalog.load(labsDir, layer().clients()), layer(), workDir.resolve("work"), clock,
                    workers);
        }
        return grader;
    }

    private void forgetOldJobs() {
        long before = clock.millis() - KEEP_FINISHED.toMillis();
        jobs.values().removeIf(j -> j.state() == State.DONE && j.createdAt() < before);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
