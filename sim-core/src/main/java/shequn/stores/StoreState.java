package shequn.stores;

import ec.util.MersenneTwisterFast;
import shequn.scenario.Store;

/**
 * A store at run time: what its campaigns switched on today, and its catalogue with the sales of
 * each product, from which the concentration of sales on hits (seed 001: 20:80 → 2:80) is read.
 */
public final class StoreState {
    public final int index;
    public final Store spec;
    private final double[] skuCdf;
    public final long[] skuSales;

    // Switched on by today's campaigns; cleared every morning.
    public boolean qrToday;
    public double staffInviteToday;
    public int staffInviteCampaign = -1;
    public boolean miniProgramToday;
    public double commissionToday;
    public int shareCampaign = -1;

    public StoreState(int index, Store spec) {
        this.index = index;
        this.spec = spec;
        skuCdf = zipfCdf(spec.skus(), spec.skuZipf());
        skuSales = new long[spec.skus()];
    }

    public void resetDay() {
        qrToday = false;
        staffInviteToday = 0;
        staffInviteCampaign = -1;
        miniProgramToday = false;
        commissionToday = 0;
        shareCampaign = -1;
    }

    public boolean onlineOrdering() {
        return spec.onlineOrdering() || miniProgramToday;
    }

    /** A product drawn from baseline (Zipf) popularity. */
    public int baselinePick(MersenneTwisterFast rng) {
        double u = rng.nextDouble();
        int lo = 0;
        int hi = skuCdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (skuCdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += Math.pow(k + 1, -s);
            cdf[k] = total;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= total;
        }
        cdf[n - 1] = 1.0;
        return cdf;
    }
}
