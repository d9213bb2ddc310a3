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

    /** A parameter value with four significant digits, never in E notation: 0.1212, 0.005, 12.5, 3,000. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(4));
        return d.stripTrailingZeros().toPlainString();
    }

    static String interval(String kpi, double low, double high) {
        return "[" + format(kpi, low) + ", " + format(kpi, high) + "]";
    }
}
