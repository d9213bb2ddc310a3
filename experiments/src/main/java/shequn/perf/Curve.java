package shequn.perf;

/**
 * One run of the Bass-on-network rule: consumers aware at the end of each day, and what the run
 * cost: wall and CPU nanoseconds of this thread in the timed part (the kernel), not counting set-up.
 */
public record Curve(long[] aware, long wallNanos, long cpuNanos) {
}
