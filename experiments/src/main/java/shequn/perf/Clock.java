package shequn.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of the calling thread (what this thread used, whatever else runs on the machine) and wall time. */
public final class Clock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private Clock() {
    }

    /** This thread's CPU nanoseconds so far, or its wall clock when the JVM cannot tell. */
    public static long cpu() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    public static long wall() {
        return System.nanoTime();
    }
}
