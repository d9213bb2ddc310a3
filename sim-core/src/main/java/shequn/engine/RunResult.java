package shequn.engine;

import java.util.Map;
import shequn.metrics.DailyKpis;

/**
 * What one replication produced: its daily KPIs, the headline totals, and the word-of-mouth
 * cascades: their sizes (for the cascade-size distribution) and what started each
 * ({@code customer}, {@code seed}, or {@code kol:ID} for a KOL's appearances).
 */
public record RunResult(String scenario, long seed, int days, int consumers, DailyKpis daily,
                        Map<String, Double> totals, int[] cascadeSizes, String[] cascadeSources, long buildMillis,
                        long runMillis) {
}
