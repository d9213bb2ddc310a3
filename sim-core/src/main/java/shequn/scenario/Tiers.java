package shequn.scenario;

/** Spending-tier shares of the population; they must sum to 1. */
public record Tiers(Double low, Double mid, Double high) {
    public static final String[] NAMES = {"low", "mid", "high"};

    public Tiers {
        low = low == null ? 0.40 : low;
        mid = mid == null ? 0.40 : mid;
        high = high == null ? 0.20 : high;
    }

    public double[] shares() {
        return new double[] {low, mid, high};
    }
}
