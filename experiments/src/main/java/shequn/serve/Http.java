package shequn.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers over the JDK's HTTP exchange: the query, JSON and text answers, and error answers. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A query longer than this is refused: the page never sends one (200 edits fit well within it). */
    static final int MAX_QUERY = 64 * 1024;

    private Http() {
    }

    /** The query's parameters, each with every value it was given, in order; a malformed one is refused. */
    static Map<String, List<String>> query(HttpExchange ex) throws Edits.Refused {
        String raw = ex.getRequestURI().getRawQuery();
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        if (raw.length() > MAX_QUERY) {
            throw new Edits.Refused("request too long");
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                throw new Edits.Refused("malformed request: bad %-escape");
            }
        }
        return out;
    }

    static String first(Map<String, List<String>> q, String key, String fallback) {
        List<String> v = q.get(key);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    /** An integer parameter within bounds, or its fallback when absent; anything else is refused. */
    static int intParam(Map<String, List<String>> q, String key, int fallback, int lo, int hi) throws Edits.Refused {
        String v = first(q, key, null);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < lo || n > hi) {
                throw new Edits.Refused(key + ": expected " + lo + " to " + hi + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Edits.Refused(key + ": expected a whole number, got '" + Edits.oneLine(v) + "'");
        }
    }

    static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    /** A refusal the page shows: {"ok": false, "message": …}. */
    static void problem(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("ok", false);
        o.put("message", message);
        json(ex, status, o);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }
}
