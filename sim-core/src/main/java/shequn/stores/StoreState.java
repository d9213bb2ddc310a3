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
    /** Today's pushed product (打造爆品): every group of the store pushes the same one. */
    private int heroDay = Integer.MIN_VALUE;
    private int hero;
    /** The store's last sales, whose hero items the store reads to choose what to push. */
    private final int[] recent = new int[1024];
    private int recentCount;

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

    /** The product the store pushes on {@code day}: drawn once, shared by all its groups. */
    public int heroOf(int day, MersenneTwisterFast rng) {
        if (heroDay != day) {
            heroDay = day;
            // push what already sells: a recent sale drawn at random, i.e. in proportion to sales
            hero = recentCount == 0 ? baselinePick(rng) : recent[rng.nextInt(Math.min(recentCount, recent.length))];
        }
        return hero;
    }

    /** Records a sale of {@code sku}: the catalogue's tally and the window the store picks its pushes from. */
    public void recordSale(int sku) {
        skuSales[sku]++;
        recent[recentCount % recent.length] = sku;
        recentCount++;
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
