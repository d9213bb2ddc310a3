package shequn.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import shequn.network.NetworkInputException;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;

/**
 * The requests that start a job and follow it as server-sent events: run (live replication, bands, verdict),
 * response curves and the best budget split. Everything a job needs is checked once its stream is open, so
 * the page sees any refusal — the loader's message, the memory guard's — as the stream's "problem" event.
 */
final class JobStreams {
    static final int MAX_REPS = 1000;

    private final Library library;
    private final Plans plans;
    private final Runs runs;
    private final int threads;

    JobStreams(Library library, Plans plans, Runs runs, int threads) {
        this.library = library;
        this.plans = plans;
        this.runs = runs;
        this.threads = threads;
    }

    void run(HttpExchange ex) throws Exception {
        int id = runs.nextId();
        stream(ex, () -> {
            Asked a = Asked.of(ex, library);
            int reps = a.intParam("reps", 20, 2, MAX_REPS);
            int pace = a.intParam("pace", 0, 0, 1000);
            Scenario original = plans.load(a.entry(), Edits.NONE);
            Scenario edited = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), edited);
            Plans.guard(a.entry(), original);
            return new PlanRun(id, runs.folder(id), new PlanRun.Ask(a.entry(), original, edited, plans.common(),
                    a.edits(), reps, threads, a.lang(), pace));
        });
    }

    void response(HttpExchange ex) throws Exception {
        int id = runs.nextId();
        stream(ex, () -> {
            Asked a = Asked.of(ex, library);
            int reps = a.intParam("reps", 10, 2, MAX_REPS);
            int points = a.intParam("points", 4, 2, 8);
            int lever = a.intParam("lever", -1, -1, 10_000);
            Scenario s = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), s);
            return new ResponseRun(id, runs.folder(id), new ResponseRun.Ask(a.entry(), s, plans.settings(a.edits()),
                    lever, points, reps, threads, a.lang()));
        });
    }

    void optimize(HttpExchange ex) throws Exception {
        int id = runs.nextId();
        stream(ex, () -> {
            Asked a = Asked.of(ex, library);
            int evaluations = a.intParam("evaluations", 30, 4, 2000);
            int reps = a.intParam("reps", 4, 2, MAX_REPS);
            int validation = a.intParam("validation_reps", 20, 2, MAX_REPS);
            Scenario s = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), s);
            return new OptimizeRun(id, runs.folder(id), new OptimizeRun.Ask(a.entry(), s, plans.settings(a.edits()),
                    Http.first(a.query(), "objective", "profit"), evaluations, reps, validation, threads));
        });
    }

    @FunctionalInterface
    private interface JobMaker {
        Job make() throws Exception;
    }

    /**
     * Opens the page's event stream, then makes and starts the job: a problem making it (the loader's
     * message, the memory guard's) is the stream's one "problem" event. When writing to the page fails, the
     * page has gone: the job is stopped.
     */
    private void stream(HttpExchange ex, JobMaker maker) throws IOException {
        try (Sse sse = new Sse(ex)) {
            Job job;
            try {
                job = maker.make();
            } catch (Edits.Refused | ScenarioException | NetworkInputException e) {
                sse.send("problem", Job.message(e.getMessage()));
                sse.send("end", JsonNodeFactory.instance.objectNode().put("state", "failed"));
                return;
            } catch (Exception e) {
                sse.send("failure", Job.message("shequn: internal error: " + e));
                sse.send("end", JsonNodeFactory.instance.objectNode().put("state", "failed"));
                return;
            }
            runs.start(job);
            try {
                while (true) {
                    Job.Event e = job.next(1);
                    if (e == null) {
                        sse.ping();
                        continue;
                    }
                    sse.send(e.name(), e.data());
                    if (e.name().equals("end")) {
                        return;
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException gone) {
                job.requestStop(); // the page closed, reloaded or its browser died
                if (gone instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
