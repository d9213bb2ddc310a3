package shequn.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers on the terminal as people write them: never in E notation (11,130, not 1.113e+04), no
 * padding zeros (0.005 beside 0.0125, not 0.0050000 beside 0.012500) and no negative zero
 * ("0 [0, 0]", not "0 [-0, 0]").
 */
public final class Fmt {
    private Fmt() {
    }

    /** {@code digits} significant digits, plain notation, trailing zeros dropped; thousands separated. */
    public static String sig(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "—" : v > 0 ? "∞" : "-∞";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        if (d.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", d.toBigInteger());
        }
        return d.toPlainString();
    }

    /** Rounded to a whole number with thousands separators; -0 is 0. */
    public static String whole(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.0f", noNegativeZero(Math.rint(v)));
    }

    /** As {@link #whole} with a sign (+1,200, -35, 0). */
    public static String signedWhole(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double r = noNegativeZero(Math.rint(v));
        return r == 0 ? "0" : String.format(Locale.ROOT, "%+,.0f", r);
    }

    /** {@code format} applied to {@code v} after rounding to {@code decimals}, without a negative zero. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double scale = Math.pow(10, decimals);
        return String.format(Locale.ROOT, "%." + decimals + "f", noNegativeZero(Math.rint(v * scale) / scale));
    }

    private static double noNegativeZero(double v) {
        return v == 0 ? 0.0 : v;
    }
}
