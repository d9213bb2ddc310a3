package shequn.cli;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Option;
import shequn.montecarlo.Engine;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Replicator;

/** {@code --engine} and {@code --master} of mc and compare: where the replications run. */
final class EngineOptions {
    static final String LOCAL = "local";

    @Option(names = "--engine", paramLabel = "ENGINE", description = "where replications run: local (threads of this "
            + "process) or spark (Apache Spark; ./shequn builds the spark module on first use) (default: ${DEFAULT-VALUE})",
            defaultValue = "${sys:shequn.engine:-local}")
    String engine = LOCAL;

    @Option(names = "--master", paramLabel = "URL", description = "with --engine spark: the Spark master, e.g. local[4], "
            + "spark://host:7077, yarn (default: spark-submit's, else local[*])")
    String master;

    /** Workers the last run used, for summary.json. */
    int workers;

    boolean local() {
        return LOCAL.equals(engine);
    }

    /** Refuses engine options that cannot work, before anything is written. */
    void check(Integer threads) throws BadInput {
        if (local()) {
            if (master != null) {
                throw new BadInput("shequn: --master needs --engine spark");
            }
            return;
        }
        if (!"spark".equals(engine)) {
            throw new BadInput("shequn: --engine: unknown engine '" + engine + "'; one of local, spark");
        }
        if (threads != null) {
            throw new BadInput("shequn: --threads is for --engine local; with --engine spark give --master local[" + threads
                    + "] (or the executors' cores on a cluster)");
        }
        Engine found = Engine.find(engine);
        if (found == null) {
            throw new BadInput("shequn: --engine spark: the Spark module is not on the class path; run through ./shequn, which "
                    + "builds it (mvn -Pspark install), or spark-submit experiments-spark/target/shequn-spark.jar");
        }
        String refusal = found.refuses(master);
        if (refusal != null) {
            throw new BadInput(refusal);
        }
    }

    /** The engine's replicator (its log in {@code out}), or null for the local pool. */
    Replicator open(Plan plan, Path out, AtomicBoolean stop) throws Exception {
        return local() ? null : Engine.find(engine).open(plan, master, out, stop);
    }
}
