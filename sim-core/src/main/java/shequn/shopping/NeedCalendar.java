package shequn.shopping;

import ec.util.MersenneTwisterFast;

/**
 * When each consumer next needs the category, as one linked list of consumers per day: a day
 * visits only the consumers whose need arrives that day (work proportional to what happens).
 * Inter-arrival times are geometric with daily chance {@code 1 - exp(-rate)}: at most one trip a day.
 * Draws come from their own stream and never depend on the strategy, so every strategy of a
 * replication sees the same needs (common random numbers).
 */
public final class NeedCalendar {
    private final int[] head;
    private final int[] next;
    private final float[] rate;
    private final MersenneTwisterFast rng;

    public NeedCalendar(float[] rate, int days, MersenneTwisterFast rng) {
        this.rate = rate;
        this.rng = rng;
        this.head = new int[days];
        this.next = new int[rate.length];
        java.util.Arrays.fill(head, -1);
        for (int i = 0; i < rate.length; i++) {
            schedule(i, -1 + gap(i));
        }
    }

    /** First consumer whose need falls on {@code day}; follow with {@link #next(int)}; -1 ends. */
    public int first(int day) {
        return head[day];
    }

    public int next(int consumer) {
        return next[consumer];
    }

    /** Books consumer i's next need after {@code day}. Call once per consumer taken off today's list. */
    public void reschedule(int i, int day) {
        schedule(i, day + gap(i));
    }

    private void schedule(int i, int day) {
        if (day < head.length) {
            next[i] = head[day];
            head[day] = i;
        }
    }

    private int gap(int i) {
        double p = -Math.expm1(-rate[i]);
        if (p >= 1) {
            return 1;
        }
        if (p <= 0) {
            return Integer.MAX_VALUE / 2;
        }
        double u = 1 - rng.nextDouble();
        double g = Math.floor(Math.log(u) / Math.log1p(-p));
        return g >= Integer.MAX_VALUE / 4 ? Integer.MAX_VALUE / 4 : 1 + (int) g;
    }
}
