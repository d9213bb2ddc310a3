package shequn.metrics;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The daily KPI table of one replication ({@code daily.csv}) and its breakdown by store, age band
 * and ladder rung ({@code daily_breakdown.csv}), both tidy: one row per day (and dimension value).
 */
public final class DailyKpis {
    private static final Kpi[] KPIS = Kpi.values();
    private final double[][] rows;
    private final List<BreakdownRow> breakdown = new ArrayList<>();
    private int filled;

    public DailyKpis(int days) {
        rows = new double[days][KPIS.length];
    }

    /** One row of the breakdown: traffic, purchases and GMV of one value of one dimension on one day. */
    public record BreakdownRow(int day, String dimension, String value, long traffic, long purchases, double gmv) {
    }

    public void add(double[] row) {
        rows[filled++] = row;
    }

    public void addBreakdown(BreakdownRow row) {
        breakdown.add(row);
    }

    public int days() {
        return filled;
    }

    public double get(int day, Kpi kpi) {
        return rows[day][kpi.ordinal()];
    }

    public double[] column(Kpi kpi) {
        double[] col = new double[filled];
        for (int d = 0; d < filled; d++) {
            col[d] = rows[d][kpi.ordinal()];
        }
        return col;
    }

    public double sum(Kpi kpi) {
        double total = 0;
        for (int d = 0; d < filled; d++) {
            total += rows[d][kpi.ordinal()];
        }
        return total;
    }

    public List<BreakdownRow> breakdown() {
        return List.copyOf(breakdown);
    }

    public static String header() {
        StringBuilder sb = new StringBuilder();
        for (Kpi k : KPIS) {
            sb.append(sb.length() == 0 ? "" : ",").append(k.column());
        }
        return sb.toString();
    }

    public void writeCsv(Writer out) throws IOException {
        out.write(header());
        out.write('\n');
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < filled; d++) {
            sb.setLength(0);
            for (Kpi k : KPIS) {
                if (k.ordinal() > 0) {
                    sb.append(',');
                }
                sb.append(format(k, rows[d][k.ordinal()]));
            }
            out.write(sb.append('\n').toString());
        }
    }

    public void writeBreakdownCsv(Writer out) throws IOException {
        out.write("day,dimension,value,traffic,purchases,gmv\n");
        for (BreakdownRow r : breakdown) {
            out.write(r.day() + "," + r.dimension() + "," + r.value() + "," + r.traffic() + "," + r.purchases() + ","
                    + money(r.gmv()) + "\n");
        }
    }

    /** Counts as integers, money and rates (basket) to 1/100 fen, ratios with enough digits that the GMV identity survives. */
    static String format(Kpi k, double v) {
        return switch (k.unit()) {
            case RATIO -> String.format(Locale.ROOT, "%.8f", v);
            case MONEY, RATE -> money(v);
            case COUNT -> Long.toString(Math.round(v));
        };
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
