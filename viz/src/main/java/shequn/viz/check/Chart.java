package shequn.viz.check;

import java.util.List;

/**
 * What a validation check plots: simulated against reference, each series with an optional band (a
 * 95% confidence interval of the simulated mean). Drawn by {@link CheckChart} in the theme of every
 * other chart; {@code id} names its files ({@code id.png}, {@code id.svg}).
 */
public record Chart(String id, String title, String xLabel, String yLabel, List<Series> series, boolean bars) {

    public record Series(String name, double[] x, double[] y, double[] lo, double[] hi) {
        public static Series line(String name, double[] x, double[] y) {
            return new Series(name, x, y, null, null);
        }

        public static Series band(String name, double[] x, double[] y, double[] lo, double[] hi) {
            return new Series(name, x, y, lo, hi);
        }
    }

    public static Chart lines(String id, String title, String xLabel, String yLabel, Series... series) {
        return new Chart(id, title, xLabel, yLabel, List.of(series), false);
    }

    public static Chart bars(String id, String title, String xLabel, String yLabel, Series... series) {
        return new Chart(id, title, xLabel, yLabel, List.of(series), true);
    }

    /** The x values from, from + 1, …, to − 1 (days, purchase counts). */
    public static double[] range(int from, int to) {
        double[] x = new double[to - from];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }
}
