package shequn.world;

/**
 * Consumers booked for a later day of the run: the day a tie will have decayed past a rung, the day a
 * lapse starts or a lapsed customer is gone. A day's list is read that evening and then dropped, so
 * the calendar holds only what is still ahead. Bookings past the last day are not kept.
 */
public final class DayCalendar {
    private final IntList[] byDay;

    public DayCalendar(int days) {
        byDay = new IntList[Math.max(0, days)];
    }

    /** Books consumer {@code i} for {@code day}; a day outside the run is ignored. */
    public void add(int day, int i) {
        if (day < 0 || day >= byDay.length) {
            return;
        }
        IntList list = byDay[day];
        if (list == null) {
            list = byDay[day] = new IntList();
        }
        list.add(i);
    }

    /** What is booked for {@code day} (empty when nothing is); entries may be stale, the reader checks. */
    public IntList on(int day) {
        IntList list = day < 0 || day >= byDay.length ? null : byDay[day];
        return list == null ? EMPTY : list;
    }

    /** Forgets {@code day}'s list once it has been read. */
    public void release(int day) {
        if (day >= 0 && day < byDay.length) {
            byDay[day] = null;
        }
    }

    private static final IntList EMPTY = new IntList();
}
