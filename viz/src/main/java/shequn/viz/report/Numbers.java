package shequn.viz.report;

import java.util.Locale;
import shequn.metrics.Kpi;

/** How the report writes a KPI's value: shares as percentages, money and counts with separators. */
final class Numbers {
    private Numbers() {
    }

    static String format(String kpi, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return switch (Kpi.unitOf(kpi)) {
            case RATIO -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case RATE -> String.format(Locale.ROOT, "%,.2f", v);
            case COUNT, MONEY -> String.format(Locale.ROOT, "%,.0f", v);
        };
    }

    static String interval(String kpi, double low, double high) {
        return "[" + format(kpi, low) + ", " + format(kpi, high) + "]";
    }
}
