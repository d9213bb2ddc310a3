package shequn.viz.data;

/**
 * One strategy's daily series of a KPI: the mean over replications and its 95% interval, or one
 * replication's values with {@code low == high == null}.
 */
public record Band(String scenario, double[] day, double[] mean, double[] low, double[] high) {
    public boolean hasInterval() {
        return low != null;
    }
}
