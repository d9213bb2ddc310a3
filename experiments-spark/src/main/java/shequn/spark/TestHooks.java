package shequn.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;

/**
 * Failures the tests inject into a task, set as {@code spark.shequn.test.*} properties on the driver
 * and shipped with the task: unset (the default), nothing happens. Each acts on the first attempt of
 * one partition, after its first replication, so that a retry succeeds.
 *
 * @param failOnce partition whose first attempt throws, or -1
 * @param hold     partition whose first attempt waits, after writing {@code marker}, to be killed with its executor; or -1
 * @param marker   file the held attempt creates (on the executor's machine) once it waits
 */
record TestHooks(int failOnce, int hold, String marker) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FAIL_ONCE = "spark.shequn.test.failFirstAttemptOfPartition";
    static final String HOLD = "spark.shequn.test.holdFirstAttemptOfPartition";
    static final String MARKER = "spark.shequn.test.holdMarker";
    /** How long a held attempt waits for its executor to be killed before it gives up (the test went wrong). */
    static final long HOLD_MS = 300_000;

    static TestHooks of(SparkConf conf) {
        return new TestHooks(conf.getInt(FAIL_ONCE, -1), conf.getInt(HOLD, -1), conf.get(MARKER, ""));
    }

    /** Called after each replication of a task. */
    void afterReplication(TaskContext context, int done) {
        if (context == null || done != 1 || context.attemptNumber() != 0) {
            return;
        }
        if (context.partitionId() == failOnce) {
            throw new IllegalStateException("test hook: first attempt of partition " + failOnce + " fails");
        }
        if (context.partitionId() == hold) {
            waitToBeKilled(context);
        }
    }

    private void waitToBeKilled(TaskContext context) {
        try {
            Files.writeString(Path.of(marker), "partition " + hold + " held\n");
            long end = System.currentTimeMillis() + HOLD_MS;
            while (System.currentTimeMillis() < end) {
                context.killTaskIfInterrupted(); // the job was cancelled: leave at once
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("test hook: partition " + hold + " was held " + HOLD_MS / 1000 + " s and nobody killed it");
    }
}
