package shequn.viz.data;

/**
 * One row of sensitivity.csv: a statistic ({@code S1}, {@code ST}, {@code mu_star}, {@code mu},
 * {@code sigma}) of one parameter for one KPI, with its 95% interval (NaN for Morris) and the
 * parameter's rank (1 = most influential).
 */
public record SensitivityIndex(String kpi, String method, String parameter, String statistic, double value,
        double low, double high, int rank) {
}
