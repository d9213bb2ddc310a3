package shequn.viz.data;

/**
 * One plan's economics against the baseline, paired replication by replication (incremental.csv of
 * {@code shequn compare}, or the optimiser's best plan against its base plan): the differences plan
 * − baseline of GMV, gross margin, campaign spend and profit in yuan, each with its 95% interval and
 * the share of replications in which the plan did better (more GMV, margin or profit; less spend),
 * and the incremental ROI, Δ gross margin ÷ Δ spend, with its interval.
 *
 * @param baselineGmv the baseline's mean GMV, to give Δ GMV as a percentage of it
 * @param roiNote     empty when the incremental ROI is given; {@link #SPEND_LOWER} or
 *                    {@link #SPEND_NOT_CLEARLY_HIGHER} when the plan does not clearly spend more (the
 *                    ratio would mean nothing); {@link #NOT_COMPUTED} for a folder written before
 *                    shequn wrote incremental.csv
 */
public record Incremental(String scenario, String baseline, double baselineGmv, Diff gmv, Diff grossMargin, Diff cost,
        Diff profit, Diff roi, String roiNote) {
    public static final String SPEND_LOWER = "spend_lower";
    public static final String SPEND_NOT_CLEARLY_HIGHER = "spend_not_clearly_higher";
    public static final String NOT_COMPUTED = "not_computed";

    /** A paired estimate: mean, 95% interval, share of replications better (NaN where it does not apply). */
    public record Diff(double mean, double low, double high, double pBetter) {
        public static final Diff NONE = new Diff(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        /** The whole interval above zero. */
        public boolean up() {
            return low > 0;
        }

        /** The whole interval below zero. */
        public boolean down() {
            return high < 0;
        }
    }

    public boolean roiGiven() {
        return roiNote.isEmpty() && !Double.isNaN(roi.mean());
    }
}
