package shequn.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import shequn.network.NetworkInputException;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.viz.Lang;

/**
 * The planning page's server (the JDK's HttpServer): the page and its bundled assets, the scenarios it may
 * open, validation with the CLI's loader, runs streamed as server-sent events, the edited YAML and a run's
 * folder as a zip. Every handler answers bad input with the loader's (or its own) one-line message and
 * never lets an exception out, so nothing a page sends takes the server down.
 */
public final class PlanServer implements AutoCloseable {
    /** What the server is started with. */
    public record Config(List<Path> scenarios, Path library, List<String> overrides, Path out, InetAddress bind,
                         int port, int threads) {
    }

    static final int MAX_REPS = 1000;

    private final Library library;
    private final Plans plans;
    private final Runs runs;
    private final Config config;
    private final HttpServer http;
    private final ExecutorService pool;

    private PlanServer(Config config, Library library) throws IOException {
        this.config = config;
        this.library = library;
        this.plans = new Plans(config.overrides());
        this.runs = new Runs(config.out());
        this.http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 50);
        AtomicInteger n = new AtomicInteger();
        // a stream holds its thread while the page watches; the pool grows with the pages open
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "shequn-serve-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        route("/", this::page);
        route("/assets/", this::asset);
        route("/api/scenarios", this::scenarios);
        route("/api/scenario", this::scenario);
        route("/api/yaml", this::yaml);
        route("/api/run", this::run);
        route("/api/response", this::response);
        route("/api/optimize", this::optimize);
        route("/api/control", this::control);
        route("/api/results.zip", this::zip);
    }

    /** Starts the server; refuses (one line) scenario paths that are not there and a port already taken. */
    public static PlanServer start(Config config) throws IOException {
        Library library = Library.of(config.scenarios(), config.library());
        PlanServer s = new PlanServer(config, library);
        s.http.start();
        return s;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        String host = config.bind().isAnyLocalAddress() ? "127.0.0.1" : config.bind().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    public int scenarioCount() {
        return library.entries().size();
    }

    /** Runs still working (0 once every page's run has ended or been stopped). */
    public long activeRuns() {
        return runs.active();
    }

    @Override
    public void close() {
        runs.stopAll();
        http.stop(0);
        pool.shutdownNow();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange ex) throws Exception;
    }

    private void route(String path, Handler h) {
        http.createContext(path, ex -> {
            try {
                if (!hostAllowed(ex)) {
                    Http.problem(ex, 403, "forbidden host");
                    return;
                }
                h.handle(ex);
            } catch (Edits.Refused | ScenarioException | NetworkInputException e) {
                quietly(ex, 400, e.getMessage());
            } catch (IOException gone) {
                ex.close(); // the page went away mid-answer
            } catch (Exception | Error e) {
                quietly(ex, 500, "shequn: internal error: " + e);
            }
        });
    }

    /**
     * On loopback, only requests addressed to loopback names: a web page elsewhere that resolves its own
     * name to 127.0.0.1 (DNS rebinding) cannot drive the server.
     */
    private boolean hostAllowed(HttpExchange ex) {
        // a page of another site may not start or stop runs here (its requests say so: Sec-Fetch-Site)
        if (ex.getRequestURI().getPath().startsWith("/api/")
                && "cross-site".equals(ex.getRequestHeaders().getFirst("Sec-Fetch-Site"))) {
            return false;
        }
        if (!config.bind().isLoopbackAddress()) {
            return true;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true;
        }
        String name = host.replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static void quietly(HttpExchange ex, int status, String message) {
        try {
            Http.problem(ex, status, message);
        } catch (IOException | RuntimeException gone) {
            ex.close();
        }
    }

    private void page(HttpExchange ex) throws IOException {
        String p = ex.getRequestURI().getPath();
        if (!p.equals("/") && !p.equals("/index.html")) {
            Http.problem(ex, 404, "not found");
            return;
        }
        Http.send(ex, 200, "text/html; charset=utf-8", Assets.read("index.html"));
    }

    private void asset(HttpExchange ex) throws IOException {
        String name = ex.getRequestURI().getPath().substring("/assets/".length());
        byte[] body = Assets.named(name);
        if (body == null) {
            Http.problem(ex, 404, "not found");
            return;
        }
        ex.getResponseHeaders().set("Cache-Control", "max-age=3600");
        Http.send(ex, 200, Assets.type(name), body);
    }

    private void scenarios(HttpExchange ex) throws IOException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode list = o.putArray("scenarios");
        for (Library.Entry e : library.entries()) {
            list.addObject().put("id", e.id()).put("label", e.label());
        }
        ArrayNode common = o.putArray("common");
        plans.common().forEach(common::add);
        o.put("threads", config.threads());
        o.put("out", runs.root().toString());
        Http.json(ex, 200, o);
    }

    /** The entry a request names, and its edits. */
    private record Asked(Library.Entry entry, Edits edits, Map<String, List<String>> query) {
    }

    private Asked asked(HttpExchange ex) throws Edits.Refused {
        Map<String, List<String>> q = Http.query(ex);
        Library.Entry e = library.get(Http.first(q, "scenario", null));
        if (e == null) {
            throw new Edits.Refused("no such scenario; pick one of the list");
        }
        return new Asked(e, Edits.parse(q.getOrDefault("set", List.of())), q);
    }

    /** The scenario with the edits, validated by the CLI's loader and memory guard: its view, or the one-line problem. */
    private void scenario(HttpExchange ex) throws Exception {
        ObjectNode view;
        try {
            Asked a = asked(ex);
            Scenario s = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), s);
            view = plans.view(a.entry(), s);
            view.put("ok", true);
        } catch (Edits.Refused | ScenarioException e) {
            // a validation answer, not a failed request: the page shows the message beside the inputs
            view = JsonNodeFactory.instance.objectNode().put("ok", false).put("message", e.getMessage());
        }
        Http.json(ex, 200, view);
    }

    private void yaml(HttpExchange ex) throws Exception {
        Asked a = asked(ex);
        Plans.guard(a.entry(), plans.load(a.entry(), a.edits())); // only what validates is offered
        String name = a.entry().file().getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "")
                + (a.edits().isEmpty() ? "" : "-edited") + ".yaml";
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Http.send(ex, 200, "application/yaml; charset=utf-8",
                plans.yaml(a.entry(), a.edits()).getBytes(StandardCharsets.UTF_8));
    }

    /** Everything a run needs is checked once its stream is open, so the page sees any refusal as a "problem". */
    private void run(HttpExchange ex) throws Exception {
        int id = runs.nextId();
        stream(ex, () -> {
            Asked a = asked(ex);
            int reps = Http.intParam(a.query(), "reps", 20, 2, MAX_REPS);
            int pace = Http.intParam(a.query(), "pace", 0, 0, 1000);
            Scenario original = plans.load(a.entry(), Edits.NONE);
            Scenario edited = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), edited);
            Plans.guard(a.entry(), original);
            return new PlanRun(id, runs.folder(id), new PlanRun.Ask(a.entry(), original, edited, plans.common(),
                    a.edits(), reps, config.threads(), lang(a.query()), pace));
        });
    }

    private void response(HttpExchange ex) throws Exception {
        int id = runs.nextId();
        stream(ex, () -> {
            Asked a = asked(ex);
            int reps = Http.intParam(a.query(), "reps", 10, 2, MAX_REPS);
            int points = Http.intParam(a.query(), "points", 4, 2, 8);
            int lever = Http.intParam(a.query(), "lever", -1, -1, 10_000);
            Scenario s = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), s);
            return new ResponseRun(id, runs.folder(id), new ResponseRun.Ask(a.entry(), s, plans.settings(a.edits()),
                    lever, points, reps, config.threads(), lang(a.query())));
        });
    }

    private void optimize(HttpExchange ex) throws Exception {
        int id = runs.nextId();
        stream(ex, () -> {
            Asked a = asked(ex);
            int evaluations = Http.intParam(a.query(), "evaluations", 30, 4, 2000);
            int reps = Http.intParam(a.query(), "reps", 4, 2, MAX_REPS);
            int validation = Http.intParam(a.query(), "validation_reps", 20, 2, MAX_REPS);
            Scenario s = plans.load(a.entry(), a.edits());
            Plans.guard(a.entry(), s);
            return new OptimizeRun(id, runs.folder(id), new OptimizeRun.Ask(a.entry(), s, plans.settings(a.edits()),
                    Http.first(a.query(), "objective", "profit"), evaluations, reps, validation, config.threads()));
        });
    }

    private static Lang lang(Map<String, List<String>> q) {
        return "zh".equals(Http.first(q, "lang", "en")) ? Lang.ZH : Lang.EN;
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

    private void control(HttpExchange ex) throws Exception {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.problem(ex, 405, "use POST");
            return;
        }
        Map<String, List<String>> q = Http.query(ex);
        Job job = runs.get(Http.intParam(q, "run", 0, 0, Integer.MAX_VALUE));
        String action = Http.first(q, "action", "");
        if (job == null) {
            Http.problem(ex, 404, "no such run");
            return;
        }
        switch (action) {
            case "pause" -> job.pause(true);
            case "resume" -> job.pause(false);
            case "stop" -> job.requestStop();
            default -> {
                Http.problem(ex, 400, "action: expected pause, resume or stop");
                return;
            }
        }
        Http.json(ex, 200, JsonNodeFactory.instance.objectNode().put("ok", true));
    }

    private void zip(HttpExchange ex) throws Exception {
        Map<String, List<String>> q = Http.query(ex);
        int id = Http.intParam(q, "run", 0, 0, Integer.MAX_VALUE);
        Job job = runs.get(id);
        if (job == null || !job.finished() || !Files.isDirectory(runs.folder(id))) {
            Http.problem(ex, 404, "no finished run " + id + " with results");
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        runs.zip(id, bytes);
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"shequn-run-" + id + ".zip\"");
        Http.send(ex, 200, "application/zip", bytes.toByteArray());
    }
}
