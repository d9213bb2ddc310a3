package shequn.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import shequn.Version;

/** JSON for summaries: pretty, with NaN written as null (a ratio with nothing to divide by). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** The build that wrote a summary: version (from the pom), git commit, dirty (uncommitted changes), Java version. */
    public static void provenance(ObjectNode summary) {
        summary.put("version", Version.VERSION);
        summary.put("commit", Version.COMMIT);
        summary.put("dirty", Version.DIRTY);
        summary.put("java", Version.JAVA);
    }

    public static ObjectNode numbers(Map<String, Double> values) {
        ObjectNode node = MAPPER.createObjectNode();
        values.forEach((k, v) -> {
            if (v == null || v.isNaN() || v.isInfinite()) {
                node.putNull(k);
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                node.put(k, v.longValue());
            } else {
                node.put(k, v);
            }
        });
        return node;
    }
}
