package shequn.world;

/** End-of-day head counts taken during the tie sweep (phase 5), read by the metrics phase. */
public final class Census {
    public final long[] ladder = new long[4];
    public long advocates;
    public long weeklyActives;
    public long monthlyActives;
    public long churned;
    /** Households who have ever heard of the store (a newcomer in a moved-out home has not). */
    public long aware;
    public long buyersInWindow;
    public long repeatersInWindow;

    public void reset() {
        java.util.Arrays.fill(ladder, 0);
        advocates = 0;
        weeklyActives = 0;
        monthlyActives = 0;
        churned = 0;
        aware = 0;
        buyersInWindow = 0;
        repeatersInWindow = 0;
    }
}
