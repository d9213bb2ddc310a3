package shequn.validation;

/** Standard errors and 95% bands over replications, for the checks' charts (normal bands: many replications). */
public final class Stats {
    public static final double Z95 = 1.959963984540054;

    private Stats() {
    }

    public static double mean(double[] x) {
        return shequn.montecarlo.Stats.mean(x);
    }

    /** Sample standard deviation; 0 (not NaN) below two values, so a single replication has a zero band. */
    public static double sd(double[] x) {
        return x.length < 2 ? 0 : shequn.montecarlo.Stats.sd(x);
    }

    /** Standard error of the mean. */
    public static double se(double[] x) {
        return x.length == 0 ? Double.NaN : sd(x) / Math.sqrt(x.length);
    }

    /** Column {@code t} of replication-by-time rows. */
    public static double[] column(double[][] rows, int t) {
        double[] c = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            c[r] = rows[r][t];
        }
        return c;
    }

    /** Mean curve, and its 95% band, of replication-by-time rows: {mean, lo, hi, se}. */
    public static double[][] band(double[][] rows) {
        int n = rows[0].length;
        double[][] out = new double[4][n];
        for (int t = 0; t < n; t++) {
            double[] c = column(rows, t);
            double m = mean(c);
            double se = se(c);
            out[0][t] = m;
            out[1][t] = m - Z95 * se;
            out[2][t] = m + Z95 * se;
            out[3][t] = se;
        }
        return out;
    }

    public static double[] range(int from, int to) {
        double[] x = new double[to - from];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }
}
