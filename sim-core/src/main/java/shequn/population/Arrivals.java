package shequn.population;

/**
 * The households of a cohort that arrives over time ({@code population.entry}), by entry day: each
 * morning those due arrive (they stop being gone). Built once; the work per day is the arrivals.
 */
public final class Arrivals {
    private final int[] start;
    private final int[] who;

    private Arrivals(int[] start, int[] who) {
        this.start = start;
        this.who = who;
    }

    /** Indexes the consumers with an entry day after 0 by that day (a counting sort). */
    public static Arrivals of(Consumers c, int days) {
        int[] start = new int[days + 1];
        for (int i = 0; i < c.n; i++) {
            int d = c.entryDay[i];
            if (d > 0 && d < days) {
                start[d + 1]++;
            }
        }
        for (int d = 0; d < days; d++) {
            start[d + 1] += start[d];
        }
        int[] who = new int[start[days]];
        int[] at = start.clone();
        for (int i = 0; i < c.n; i++) {
            int d = c.entryDay[i];
            if (d > 0 && d < days) {
                who[at[d]++] = i;
            }
        }
        return new Arrivals(start, who);
    }

    /** Households due on {@code day} arrive: from today every phase sees them. */
    public void arrive(Consumers c, int day, java.util.function.IntConsumer arrived) {
        if (day + 1 >= start.length) {
            return;
        }
        for (int k = start[day]; k < start[day + 1]; k++) {
            c.gone[who[k]] = false;
            arrived.accept(who[k]);
        }
    }

    /** How many households arrive after day 0. */
    public int size() {
        return who.length;
    }
}
