package shequn.output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's totals under the names shequn's files and tables give them. The engine's {@code roi} is all
 * gross margin divided by all spend (campaigns and operating costs): not a return on the spend (most
 * of that margin would have been earned without any campaign), so it is published as {@code margin_per_yuan_spent}. The
 * incremental ROI of a plan, Δ gross margin ÷ Δ spend against a baseline, needs a paired comparison:
 * {@code shequn compare} gives it.
 */
public final class RunTotals {
    /** Gross margin per yuan of campaign spend, not incremental; NaN (null in JSON) without spend. */
    public static final String MARGIN_PER_YUAN_SPENT = "margin_per_yuan_spent";
    /** The engine's name for the same number, no longer written. */
    static final String ENGINE_NAME = "roi";

    private RunTotals() {
    }

    /** The engine's totals in their order, {@code roi} renamed (or computed from gross margin and cost if absent). */
    public static Map<String, Double> named(Map<String, Double> engine) {
        Map<String, Double> out = new LinkedHashMap<>();
        engine.forEach((k, v) -> out.put(k.equals(ENGINE_NAME) ? MARGIN_PER_YUAN_SPENT : k, v));
        if (!out.containsKey(MARGIN_PER_YUAN_SPENT)) {
            double cost = out.getOrDefault("cost", 0.0);
            out.put(MARGIN_PER_YUAN_SPENT, cost == 0 ? Double.NaN : out.getOrDefault("gross_margin", Double.NaN) / cost);
        }
        return out;
    }
}
