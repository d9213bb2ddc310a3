package shequn.spark;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Says once, on the terminal, that a cluster has started no executor for a while. A job the cluster
 * cannot place (executors asking more memory or cores than any worker offers) waits for ever, and
 * Spark says so only in its log ("Initial job has not accepted any resources"), which the user does
 * not see: without this line the command would sit silent. Once an executor was seen, it is quiet
 * (one lost later is Spark's to replace, and a failure is reported when the job fails).
 */
final class ExecutorWait {
    /** Seconds without any executor before the line; a test sets it short. */
    static final String SECONDS = "spark.shequn.executorWaitSeconds";
    static final int DEFAULT_SECONDS = 60;

    private final JavaSparkContext spark;
    private final SparkLog log;
    private final PrintStream terminal;
    private final long seconds;
    private final long deadline;
    private boolean done;

    ExecutorWait(JavaSparkContext spark, SparkLog log, PrintStream terminal) {
        this.spark = spark;
        this.log = log;
        this.terminal = terminal;
        this.seconds = spark.getConf().getInt(SECONDS, DEFAULT_SECONDS);
        this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    }

    /** Called while the driver waits for results. */
    void check() {
        if (done) {
            return;
        }
        if (!spark.sc().getExecutorIds().isEmpty()) {
            done = true;
        } else if (System.nanoTime() > deadline) {
            done = true;
            terminal.println("shequn: no Spark executor has started in " + seconds + " s: the cluster may lack the memory "
                    + "or cores asked for (--executor-memory, --executor-cores, spark.cores.max); still waiting, Ctrl-C "
                    + "stops (Spark's log: " + log.file() + ")");
        }
    }
}
