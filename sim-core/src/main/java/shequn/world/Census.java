package shequn.world;

import shequn.population.Consumers;

/**
 * End-of-day head counts, kept up to date as consumers change rather than by looking at every
 * consumer every evening: a consumer touched today (a contact, news of the store, a join or a leave,
 * an arrival, a move) is recounted in the evening, and so is one whose tie the calendar says has
 * decayed past a rung. Activity windows (weekly and monthly actives, buyers and repeaters in the
 * repeat window) are sums over counts by day. The metrics phase reads the public fields.
 *
 * <p>What a consumer adds to the counts is kept in one byte ({@link #counted}): its rung, whether it
 * is an advocate, aware, gone, and whether it is counted at all (a household that has not arrived yet
 * is not). Recounting compares the new byte with the old and moves the difference.
 */
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

    private static final int RUNG = 0x03;
    private static final int ADVOCATE = 0x04;
    private static final int AWARE = 0x08;
    private static final int GONE = 0x10;
    private static final int TOUCHED = 0x20;
    private static final int COUNTED = 0x40;

    private final Consumers people;
    private final byte[] counted;
    private final IntList touched = new IntList();
    private final DayCounts visits;
    private final DayCounts buys;
    private final DayCounts buysBefore;
    private final int lapseDays;
    private final int repeatWindow;
    /** Day each consumer's tie is next checked against the rung below it (NEVER: no check booked). */
    public final int[] decayCheck;
    /** Ties booked to be checked against the rung below, by day. */
    public final DayCalendar decay;
    /** Customers whose lapse starts that day (lapse_days after a visit). */
    public final DayCalendar lapses;
    /** Lapsed customers due to be gone for good that day. */
    public final DayCalendar churns;
    private boolean started;

    public Census(Consumers people, int days, int lapseDays, int repeatWindow) {
        this.people = people;
        this.counted = new byte[people.n];
        this.lapseDays = lapseDays;
        this.repeatWindow = repeatWindow;
        int oldest = -Math.max(30, repeatWindow);
        visits = new DayCounts(oldest, days);
        buys = new DayCounts(oldest, days);
        buysBefore = new DayCounts(oldest, days);
        decayCheck = new int[people.n];
        java.util.Arrays.fill(decayCheck, Consumers.NEVER);
        decay = new DayCalendar(days);
        lapses = new DayCalendar(days);
        churns = new DayCalendar(days);
    }

    /** Something about i changed today: recount i this evening. */
    public void touch(int i) {
        if ((counted[i] & TOUCHED) == 0) {
            counted[i] |= TOUCHED;
            touched.add(i);
        }
    }

    /** Consumers touched today, in the order first touched. */
    public IntList touched() {
        return touched;
    }

    /** Empties the day's touched list once it has been recounted. */
    public void clearTouched() {
        for (int k = 0; k < touched.size(); k++) {
            counted[touched.get(k)] &= ~TOUCHED;
        }
        touched.clear();
    }

    /** Whether the first evening's count of everyone has been made. */
    public boolean started() {
        return started;
    }

    public void start() {
        started = true;
    }

    /**
     * Counts i as it stands now (rung, advocate, aware, gone in {@link Consumers}); true when i is counted
     * for the first time (a household there from the start, or one that has just arrived).
     */
    public boolean count(int i) {
        Consumers c = people;
        int old = counted[i];
        int now = COUNTED | c.ladder[i] | (c.advocate[i] ? ADVOCATE : 0) | (c.everAware[i] ? AWARE : 0)
                | (c.gone[i] ? GONE : 0);
        boolean first = (old & COUNTED) == 0;
        if ((old & ~TOUCHED) == now) {
            return false;
        }
        if (first) {
            visits.add(c.lastVisit[i], 1);
            buys.add(c.lastBuy[i], 1);
            buysBefore.add(c.prevBuy[i], 1);
        } else {
            add(old, -1);
        }
        add(now, 1);
        counted[i] = (byte) (now | (old & TOUCHED));
        return first;
    }

    private void add(int bits, int delta) {
        ladder[bits & RUNG] += delta;
        advocates += (bits & ADVOCATE) != 0 ? delta : 0;
        aware += (bits & AWARE) != 0 ? delta : 0;
        churned += (bits & GONE) != 0 ? delta : 0;
    }

    /** i visits on {@code day}: moves i in the visit counts, and books the day its lapse would start. */
    public void visited(int i, int day) {
        if ((counted[i] & COUNTED) != 0) {
            visits.move(people.lastVisit[i], day);
        }
        lapses.add(day + lapseDays + 1, i);
    }

    /** i buys on {@code day} (before lastBuy and prevBuy move up). */
    public void bought(int i, int day) {
        if ((counted[i] & COUNTED) != 0) {
            buysBefore.move(people.prevBuy[i], people.lastBuy[i]);
            buys.move(people.lastBuy[i], day);
        }
    }

    /** i's household moves out (before its visits and purchases are reset): it leaves the activity counts. */
    public void forget(int i) {
        if ((counted[i] & COUNTED) != 0) {
            visits.add(people.lastVisit[i], -1);
            buys.add(people.lastBuy[i], -1);
            buysBefore.add(people.prevBuy[i], -1);
        }
        touch(i);
    }

    /** The activity windows on {@code day}, from the counts by day. */
    public void tally(int day) {
        weeklyActives = visits.sum(day - 6, day);
        monthlyActives = visits.sum(day - 29, day);
        int window = day - repeatWindow + 1;
        buyersInWindow = buys.sum(window, day);
        repeatersInWindow = buysBefore.sum(window, day);
    }

    public int lapseDays() {
        return lapseDays;
    }
}
