package shequn.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A server-sent-events stream to one page. Writing to a page that has gone (closed tab, killed browser)
 * fails with an IOException: that is how the server learns to stop the run the page was watching.
 */
final class Sse implements AutoCloseable {
    private final HttpExchange ex;
    private final OutputStream out;

    Sse(HttpExchange ex) throws IOException {
        this.ex = ex;
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0); // chunked: as long as the run lasts
        this.out = ex.getResponseBody();
    }

    void send(String event, JsonNode data) throws IOException {
        write("event: " + event + "\ndata: " + Http.JSON.writeValueAsString(data) + "\n\n");
    }

    /** A comment line: keeps the connection alive and finds out whether the page is still there. */
    void ping() throws IOException {
        write(": ping\n\n");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException gone) {
            // the page has gone already: nothing to tell it
        }
        ex.close();
    }
}
