package shequn.viz.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import shequn.metrics.Kpi;

/** A swept parameter's values as an axis: numbers on a number axis, else one tick per value in sweep order. */
final class SweepAxes {
    /** The KPIs drawn for a sweep: what a client pays for, what the community builds, what is left. */
    static final List<String> KPIS = Kpi.columns(Kpi.OBJECTIVES);

    private SweepAxes() {
    }

    static boolean numeric(List<String> values) {
        for (String v : values) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Distinct values, in ascending order when they are numbers, else in order of first appearance. */
    static List<String> levels(List<String> values) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(values));
        if (numeric(out)) {
            out.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        return out;
    }

    /** A tick label for a value as written in points.csv (0.0125 stays 0.0125; 0.012500000001 becomes 0.0125). */
    static String label(String value) {
        try {
            double d = Double.parseDouble(value);
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%d", (long) d);
            }
            return String.format(Locale.ROOT, "%.4g", d).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** x (or y) of a value: the number itself, or the value's index among {@code levels}. */
    static double position(String value, List<String> levels, boolean numeric) {
        return numeric ? Double.parseDouble(value) : levels.indexOf(value);
    }

    static ValueAxis axis(String label, List<String> levels, boolean numeric) {
        if (numeric) {
            NumberAxis a = new NumberAxis(label);
            a.setAutoRangeIncludesZero(false);
            return a;
        }
        return symbols(label, levels);
    }

    static SymbolAxis symbols(String label, List<String> levels) {
        SymbolAxis a = new SymbolAxis(label, levels.stream().map(SweepAxes::label).toArray(String[]::new));
        a.setGridBandsVisible(false);
        return a;
    }
}
