package shequn.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** JSON for summaries: pretty, with NaN written as null (a ratio with nothing to divide by). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
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
