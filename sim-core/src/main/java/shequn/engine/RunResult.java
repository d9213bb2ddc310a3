package shequn.engine;

import java.util.Map;
import shequn.metrics.DailyKpis;

/**
 * What one replication produced: its daily KPIs, the headline totals, and the word-of-mouth
 * cascade sizes (one per cascade, for the cascade-size distribution).
 */
public record RunResult(String scenario, long seed, int days, int consumers, DailyKpis daily,
                        Map<String, Double> totals, int[] cascadeSizes, long buildMillis, long runMillis) {
}
