package shequn.world;

import ec.util.MersenneTwisterFast;

/**
 * When each consumer next needs the category. Gaps between needs are geometric with daily chance
 * {@code 1 - exp(-rate)}: at most one trip a day. Draws come from their own stream, in consumer
 * order, and never depend on the strategy, so every strategy of a replication sees the same needs
 * (common random numbers).
 *
 * <p>Due consumers are found by a sequential scan of one int array rather than per-day lists: the
 * scan costs a compare per consumer, while following a list touches every due consumer's state in
 * random order, a cache miss per array (measured: the list made shopping 4x slower at 100,000).
 */
public final class NeedCalendar {
    private final int[] nextNeed;
    /** log(1 - p) of each consumer's daily need chance p, or 0 when p is 0 (never) — saves two logs a draw. */
    private final float[] logMiss;
    private final MersenneTwisterFast rng;

    public NeedCalendar(float[] rate, MersenneTwisterFast rng) {
        this.rng = rng;
        this.nextNeed = new int[rate.length];
        this.logMiss = new float[rate.length];
        for (int i = 0; i < rate.length; i++) {
            logMiss[i] = (float) -rate[i]; // log(1 - p) = log(exp(-rate)) = -rate
            nextNeed[i] = gap(i) - 1;
        }
    }

    /** Whether consumer i's need falls on {@code day}. */
    public boolean due(int i, int day) {
        return nextNeed[i] == day;
    }

    public int size() {
        return nextNeed.length;
    }

    /** Books consumer i's next need after {@code day}. */
    public void reschedule(int i, int day) {
        nextNeed[i] = day + gap(i);
    }

    private int gap(int i) {
        float logMissToday = logMiss[i];
        if (logMissToday >= 0) {
            return Integer.MAX_VALUE / 2;
        }
        double u = 1 - rng.nextDouble();
        double g = Math.floor(Math.log(u) / logMissToday);
        return g >= Integer.MAX_VALUE / 4 ? Integer.MAX_VALUE / 4 : 1 + (int) g;
    }
}
