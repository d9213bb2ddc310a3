package shequn.viz.style;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import shequn.metrics.Kpi;

/** Number formats for axes: shares as percentages, yuan and counts with thousands separators. */
public final class Axes {
    private Axes() {
    }

    /** KPIs that are shares in [0, 1] and read best as percentages. */
    public static boolean isShare(String kpi) {
        return Kpi.unitOf(kpi) == Kpi.Unit.RATIO;
    }

    public static NumberFormat format(String kpi) {
        if (isShare(kpi)) {
            NumberFormat f = NumberFormat.getPercentInstance(Locale.ROOT);
            f.setMaximumFractionDigits(1);
            return f;
        }
        return new DecimalFormat("#,##0.##");
    }

    public static NumberAxis numberAxis(String label, String kpi) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(format(kpi));
        return axis;
    }
}
