package shequn.viz.report;

import java.util.Locale;

/** How the report writes a KPI's value: shares as percentages, money and counts with separators. */
final class Numbers {
    private Numbers() {
    }

    static String format(String kpi, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return switch (kpi) {
            case "conversion", "repeat_rate", "group_vitality", "traffic_change" ->
                    String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case "basket", "margin_per_yuan_spent", "k_factor", "cascade_mean" -> String.format(Locale.ROOT, "%,.2f", v);
            default -> String.format(Locale.ROOT, "%,.0f", v);
        };
    }

    static String interval(String kpi, double low, double high) {
        return "[" + format(kpi, low) + ", " + format(kpi, high) + "]";
    }
}
