package shequn.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A planning server on a free loopback port over the bundled library, made small for tests by the same
 * {@code --set} settings a user would pass ({@code shequn serve --set population.consumers=1000 --set days=120}),
 * and a plain HTTP client for it.
 */
final class ServeFixture implements AutoCloseable {
    static final Path LIBRARY = locate();
    static final List<String> SMALL = List.of("population.consumers=1000", "days=120");

    final PlanServer server;
    final Path out;

    ServeFixture(Path out) throws IOException {
        this.out = out;
        this.server = PlanServer.start(new PlanServer.Config(List.of(), LIBRARY, SMALL, out,
                InetAddress.getLoopbackAddress(), 0, 2));
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("scenarios/store-plus-community.yaml"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("scenarios/ not found above " + Path.of("").toAbsolutePath());
    }

    /** The id the server gives a library scenario. */
    String id(String fileName) throws IOException {
        for (JsonNode s : get("/api/scenarios").json().get("scenarios")) {
            if (s.get("label").asText().endsWith("/" + fileName)) {
                return s.get("id").asText();
            }
        }
        throw new IllegalStateException(fileName + " is not offered");
    }

    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return Http.JSON.readTree(body);
        }
    }

    Answer get(String pathAndQuery) throws IOException {
        return call("GET", pathAndQuery);
    }

    Answer call(String method, String pathAndQuery) throws IOException {
        HttpURLConnection c = open(pathAndQuery);
        c.setRequestMethod(method);
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        byte[] body = in == null ? new byte[0] : in.readAllBytes();
        c.disconnect();
        return new Answer(status, body);
    }

    HttpURLConnection open(String pathAndQuery) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(server.url() + pathAndQuery.substring(1)).toURL().openConnection();
        c.setConnectTimeout(10_000);
        c.setReadTimeout(120_000);
        return c;
    }

    /** A query: the scenario and {@code set=} settings, encoded. */
    static String query(String scenario, List<String> sets, String... more) {
        StringBuilder sb = new StringBuilder("scenario=").append(scenario);
        for (String s : sets) {
            sb.append("&set=").append(URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        for (String m : more) {
            sb.append('&').append(m);
        }
        return sb.toString();
    }

    record Event(String name, JsonNode data) {
    }

    /** An open event stream, read event by event; {@link #drop()} closes it as a killed browser would. */
    final class Stream implements AutoCloseable {
        private final HttpURLConnection c;
        private final BufferedReader in;

        Stream(String pathAndQuery) throws IOException {
            c = open(pathAndQuery);
            in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        }

        /** The next event, or null at the end of the stream. */
        Event next() throws IOException {
            String name = null;
            String data = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                } else if (line.isEmpty() && name != null) {
                    return new Event(name, Http.JSON.readTree(data));
                }
            }
            return null;
        }

        List<Event> rest() throws IOException {
            List<Event> all = new ArrayList<>();
            for (Event e; (e = next()) != null; ) {
                all.add(e);
            }
            return all;
        }

        void drop() {
            c.disconnect();
        }

        @Override
        public void close() {
            drop();
        }
    }

    Stream stream(String pathAndQuery) throws IOException {
        return new Stream(pathAndQuery);
    }

    /**
     * Waits until no run is working, for at most 30 s: a safety net, not a measurement. Tests that stop a run
     * give it far more than that to do, and check what it left, so a run that was not stopped fails them.
     */
    void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 300 && server.activeRuns() > 0; i++) {
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
