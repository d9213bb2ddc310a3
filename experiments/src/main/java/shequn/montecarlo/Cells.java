package shequn.montecarlo;

import java.math.BigDecimal;
import java.util.Locale;

/** How numbers are written to the Monte-Carlo CSV files. */
final class Cells {
    private Cells() {
    }

    /**
     * A replication's value in full: the shortest text that reads back as the same double, in plain
     * notation (no exponent) so spreadsheets and pandas read it as written.
     */
    static String exactText(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NaN";
        }
        String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    static double parse(String cell) {
        return cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
    }

    /** The value a reader of the CSV gets back: what every statistic is computed from. */
    static double exact(double v) {
        return parse(exactText(v));
    }

    /** A statistic (mean, CI bound, percentile): six decimals are far below Monte-Carlo error. */
    static String stat(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "NaN" : String.format(Locale.ROOT, "%.6f", v);
    }
}
