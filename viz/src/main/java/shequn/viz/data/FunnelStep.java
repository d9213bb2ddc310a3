package shequn.viz.data;

/** A strategy's retail funnel over the run: visits, purchases, and the repeat rate of its buyers. */
public record FunnelStep(String scenario, double traffic, double purchases, double repeatRate) {
    /** Purchases made by repeat buyers, approximated as purchases × repeat rate (a lower bound: repeat buyers buy more often). */
    public double repeatPurchases() {
        return purchases * repeatRate;
    }
}
