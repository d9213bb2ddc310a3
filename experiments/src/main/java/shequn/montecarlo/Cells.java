package shequn.montecarlo;

import java.math.BigDecimal;
import java.util.Locale;

/** How numbers are written to the Monte-Carlo CSV files. */
public final class Cells {
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
        String shortest = Double.toString(v);
        if (shortest.indexOf('E') < 0) {
            // 1e-3 <= |v| < 1e7 (nearly every daily cell): Double.toString is already plain, so cut its
            // trailing zeros (JDK 17 still writes some, e.g. "0.0020") and a bare point by hand instead of
            // through BigDecimal, which was most of the journal's text cost. Same text as slowText.
            int end = shortest.length();
            while (shortest.charAt(end - 1) == '0') {
                end--;
            }
            if (shortest.charAt(end - 1) == '.') {
                end--;
            }
            String plain = shortest.substring(0, end);
            return plain.equals("-0") ? "0" : plain;
        }
        return slowText(shortest);
    }

    /** The reference conversion, for the exponent forms (and the test that the fast path agrees). */
    static String slowText(String shortest) {
        String plain = new BigDecimal(shortest).stripTrailingZeros().toPlainString();
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
    public static String stat(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "NaN" : String.format(Locale.ROOT, "%.6f", v);
    }
}
