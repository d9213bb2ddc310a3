package shequn.viz.data;

/**
 * One point of a response curve (a row of {@code shequn response}'s response.csv): a campaign at
 * one setting, against the plan without it, paired over the replications.
 *
 * @param value     the setting as written ("" for the plan without the campaign)
 * @param intensity the curve's x: 0 without the campaign, the value, firings per 30 days, or 1 for "on"
 * @param dSpend    mean incremental campaign spend (yuan)
 * @param roi       incremental ROI (Δ gross margin ÷ Δ spend), NaN without Δ spend
 */
public record ResponsePoint(int campaign, String name, String lever, String parameter, int point, String value,
                            double intensity, double dSpend, double dGmv, double dGmvLow, double dGmvHigh, double dProfit,
                            double dProfitLow, double dProfitHigh, double pProfitUp, double roi, double roiLow,
                            double roiHigh, boolean current, boolean best) {
    public boolean absent() {
        return value.isEmpty();
    }
}
