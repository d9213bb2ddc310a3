package shequn.world;

import shequn.population.Consumers;

/**
 * How many consumers have a given day as their last visit (or last purchase, or the one before): the
 * census reads "visited in the last 7 days" as a sum over 7 days instead of a look at every consumer.
 * Days before {@code oldest} are kept in one bucket, which no window reaches.
 */
final class DayCounts {
    private final int lo;
    private final long[] count;

    /** @param oldest the earliest first day a window will ask for; @param days the run's days */
    DayCounts(int oldest, int days) {
        lo = oldest - 1;
        count = new long[days + 2 - lo];
    }

    void add(int day, int delta) {
        if (day != Consumers.NEVER) {
            count[index(day)] += delta;
        }
    }

    void move(int from, int to) {
        add(from, -1);
        add(to, 1);
    }

    /** Consumers whose day lies in {@code [from, to]}. */
    long sum(int from, int to) {
        long s = 0;
        for (int d = Math.max(from, lo + 1); d <= to; d++) {
            s += count[index(d)];
        }
        return s;
    }

    private int index(int day) {
        return Math.min(Math.max(day, lo), count.length - 1 + lo) - lo;
    }
}
