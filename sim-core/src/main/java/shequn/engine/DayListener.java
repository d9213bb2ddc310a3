package shequn.engine;

/** Told after each simulated day (progress bars, cancellation checks). */
@FunctionalInterface
public interface DayListener {
    DayListener NONE = (day, days) -> { };

    void dayDone(int day, int days);
}
