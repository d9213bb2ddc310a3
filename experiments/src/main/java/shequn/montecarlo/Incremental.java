package shequn.montecarlo;

import java.util.List;

/**
 * A plan's economics against a baseline, paired replication by replication (common random
 * numbers: replication i of both saw the same world). Δ GMV, Δ gross margin, Δ campaign spend and
 * Δ profit are means of the paired differences with their Student-t intervals, as in
 * comparison.csv. The <b>incremental ROI</b> is Δ gross margin ÷ Δ spend: how many yuan of gross
 * margin each extra yuan of campaign spend brought back (1 breaks even; profit rises only above 1).
 *
 * <p>It is a ratio of two paired means, R = ā / b̄ (a = Δ gross margin, b = Δ spend of each
 * replication), and its interval comes from the <b>delta method</b>: to first order
 * R̂ − R ≈ (ā − R b̄) / b̄, so Var(R̂) ≈ s²(a − R̂ b) / (n b̄²), the sample variance of the residuals
 * a_i − R̂ b_i over n replications, and the 95% interval is R̂ ± t(0.975, n − 1) · s(a − R̂ b) / (√n |b̄|).
 * When every replication spends the same extra amount (a fixed budget spent in full) this is
 * exactly the t interval of Δ gross margin divided by Δ spend. It is deterministic (no resampling),
 * so files stay byte-identical across runs and engines.
 *
 * <p>The ratio is only given when the plan clearly spends more: a mean extra spend of at least
 * {@link #MIN_EXTRA_SPEND} yuan whose 95% interval lies above zero. A plan that spends less, or
 * not clearly more, has no incremental ROI; the note says which.
 */
public final class Incremental {
    /** Below this mean extra spend (yuan) a return per extra yuan means nothing. */
    public static final double MIN_EXTRA_SPEND = 1.0;
    /** Notes of an incremental ROI that is not given. */
    public static final String SPEND_LOWER = "spend_lower";
    public static final String SPEND_NOT_CLEARLY_HIGHER = "spend_not_clearly_higher";
    /** How the interval is computed, as summary.json records it. */
    public static final String METHOD = "delta method: Δ gross margin ÷ Δ spend of the paired means; 95% interval "
            + "R ± t(0.975, n-1)·sd(Δmargin_i − R·Δspend_i)/(√n·|mean Δspend|); given only when Δ spend is at least "
            + "1 yuan and its interval is above zero";

    private Incremental() {
    }

    /** The incremental ROI and its 95% interval, or NaN with a note saying why there is none. */
    public record Ratio(double estimate, double low, double high, String note) {
        public boolean defined() {
            return note.isEmpty();
        }
    }

    /**
     * One plan against the baseline: paired differences (plan − baseline, yuan) with their intervals,
     * the share of replications with more profit, and the incremental ROI.
     */
    public record Economics(String scenario, String baseline, int n, double baselineGmv, Stats.Estimate gmv,
                            Stats.Estimate grossMargin, Stats.Estimate cost, Stats.Estimate profit, double pProfit,
                            Ratio roi) {
    }

    /** Δ gross margin ÷ Δ spend over paired replications (the arrays are per replication, same order). */
    public static Ratio roi(double[] dMargin, double[] dSpend) {
        if (dMargin.length != dSpend.length) {
            throw new IllegalArgumentException("unpaired: " + dMargin.length + " vs " + dSpend.length + " replications");
        }
        int n = dSpend.length;
        Stats.Estimate spend = Stats.estimate(dSpend);
        boolean interval = n >= 2;
        if (n == 0 || Double.isNaN(spend.mean()) || Double.isNaN(Stats.mean(dMargin))) {
            return new Ratio(Double.NaN, Double.NaN, Double.NaN, SPEND_NOT_CLEARLY_HIGHER);
        }
        if (spend.mean() <= -MIN_EXTRA_SPEND && (!interval || spend.high() < 0)) {
            return new Ratio(Double.NaN, Double.NaN, Double.NaN, SPEND_LOWER);
        }
        if (spend.mean() < MIN_EXTRA_SPEND || interval && !(spend.low() > 0)) {
            return new Ratio(Double.NaN, Double.NaN, Double.NaN, SPEND_NOT_CLEARLY_HIGHER);
        }
        double r = Stats.mean(dMargin) / spend.mean();
        if (!interval) {
            return new Ratio(r, Double.NaN, Double.NaN, "");
        }
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = dMargin[i] - r * dSpend[i];
        }
        double half = Stats.tCritical(n - 1, Stats.LEVEL) * Stats.sd(residual) / (Math.sqrt(n) * Math.abs(spend.mean()));
        return new Ratio(r, r - half, r + half, "");
    }

    /** The plan's replications against the baseline's, paired as in comparison.csv ({@link Comparison#differences}). */
    public static Economics of(String scenario, String baseline, List<Outcome> plan, List<Outcome> base) {
        double[] margin = Comparison.differences(plan, base, "gross_margin");
        double[] cost = Comparison.differences(plan, base, "cost");
        double[] profit = Comparison.differences(plan, base, "profit");
        double baseGmv = Stats.mean(base.stream().mapToDouble(o -> o.total("gmv")).toArray());
        return new Economics(scenario, baseline, plan.size(), baseGmv,
                Stats.estimate(Comparison.differences(plan, base, "gmv")), Stats.estimate(margin), Stats.estimate(cost),
                Stats.estimate(profit), Comparison.shareBetter("profit", profit), roi(margin, cost));
    }
}
