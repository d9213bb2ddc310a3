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

    private final Library library;
    private final Plans plans;
    private final Runs runs;
    private final Config config;
    private final HttpServer http;
    private final ExecutorService pool;
    private final JobStreams jobs;

    private PlanServer(Config config, Library library) throws IOException {
        this.config = config;
        this.library = library;
        this.plans = new Plans(config.overrides());
        this.runs = new Runs(config.out());
        this.jobs = new JobStreams(library, plans, runs, config.threads());
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
        route("/api/run", jobs::run);
        route("/api/response", jobs::response);
        route("/api/optimize", jobs::optimize);
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

    /** The scenario with the edits, validated by the CLI's loader and memory guard: its view, or the one-line problem. */
    private void scenario(HttpExchange ex) throws Exception {
        ObjectNode view;
        try {
            Asked a = Asked.of(ex, library);
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
        Asked a = Asked.of(ex, library);
        Plans.guard(a.entry(), plans.load(a.entry(), a.edits())); // only what validates is offered
        String name = a.entry().file().getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "")
                + (a.edits().isEmpty() ? "" : "-edited") + ".yaml";
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Http.send(ex, 200, "application/yaml; charset=utf-8",
                plans.yaml(a.entry(), a.edits()).getBytes(StandardCharsets.UTF_8));
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
