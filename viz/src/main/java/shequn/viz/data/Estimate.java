package shequn.viz.data;

/**
 * One row of comparison.csv: a strategy's mean KPI with its 95% interval, and the paired
 * difference to the baseline with its interval and the share of replications in which it did
 * better (all NaN on the baseline's own rows).
 */
public record Estimate(String kpi, String scenario, double mean, double low, double high, double diffMean,
        double diffLow, double diffHigh, double pBetter) {
    public boolean isBaseline() {
        return Double.isNaN(diffMean);
    }
}
