package shequn.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import shequn.engine.RunResult;
import shequn.engine.Simulation;
import shequn.montecarlo.EngineException;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Replicator;
import shequn.scenario.Scenario;

/**
 * Replications as Spark tasks. Each task is a batch of (scenario, replication, seed) triples; the
 * executor builds each world from the scenario's text (shipped once per job as a broadcast) and the
 * seed, and sends back the same rows the local pool produces. Results reach the driver partition by
 * partition as tasks finish (a job submitted asynchronously, whose result handler Spark calls once per
 * partition however often a task was retried), and the driver journals them through the caller's sink
 * — keeping each (scenario, replication) once. Ctrl-C cancels the job; what was journaled stays.
 */
final class SparkReplicator implements Replicator {
    /**
     * Replications per task; by default enough tasks for about {@value #WAVES} per core, so that the
     * last wave's tail (one core busy, the others idle) stays short, and Spark's per-task cost (milliseconds) small.
     */
    static final String BATCH = "spark.shequn.batch";
    static final int WAVES = 16;
    /** Test hook: the first attempt of this partition fails after running its first replication. */
    static final String FAIL_ONCE = TestHooks.FAIL_ONCE;

    private final JavaSparkContext spark;
    private final boolean owned;
    private final Plan plan;
    private final AtomicBoolean stop;
    private final SparkLog log;
    private final Map<Integer, Source> sources = new HashMap<>();
    private final Map<Path, String> texts = new HashMap<>();
    private boolean keepDaily = true;

    private SparkReplicator(JavaSparkContext spark, boolean owned, Plan plan, AtomicBoolean stop, SparkLog log) {
        this.spark = spark;
        this.log = log;
        this.owned = owned;
        this.plan = plan;
        this.stop = stop;
    }

    static SparkReplicator start(Plan plan, String master, Path out, AtomicBoolean stop) throws EngineException {
        SparkLog log = SparkLog.into(out); // before Spark's first line
        SparkConf conf = new SparkConf(); // loads spark.* system properties, as spark-submit sets them
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setAppName("shequn " + plan.command() + " " + String.join(" ",
                plan.scenarios().stream().map(Scenario::name).distinct().toList()));
        conf.setIfMissing("spark.ui.showConsoleProgress", "false"); // shequn draws its own progress bar
        String url = conf.get("spark.master");
        if (url.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        if (ShippedJar.needed(url)) {
            ShippedJar.addTo(conf);
        }
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new EngineException("shequn: Spark did not start on " + url + ": " + firstLine(e) + "; nothing ran; "
                    + "Spark's log: " + log.file(), e);
        }
        if (spark.sc().isStopped()) { // a standalone master that went away or refused the application
            String why = log.lastError() != null ? log.lastError() : "Spark stopped it as it started";
            throw new EngineException("shequn: Spark did not start on " + url + ": " + why + "; nothing ran; "
                    + "Spark's log: " + log.file(), null);
        }
        return new SparkReplicator(spark, true, plan, stop, log);
    }

    private static String firstLine(Throwable t) {
        String why = String.valueOf(t.getMessage()).lines().findFirst().orElse(t.toString());
        return why.length() > 400 ? why.substring(0, 400) + "…" : why;
    }

    /** Without daily series (a sweep), a replication sends back a few hundred bytes instead of ~32 KB a year. */
    @Override
    public void dailySeries(boolean keep) {
        this.keepDaily = keep;
    }

    @Override
    public int parallelism() {
        return spark.defaultParallelism();
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }

    /** One replication, as shipped to an executor. */
    record Task(int scenario, int rep, long seed) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One replication's rows, as sent back: an {@link Outcome} with its numbers already through their CSV text. */
    record Row(int scenario, int rep, long seed, double[] totals, double[][] daily) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Row of(Outcome o) {
            return new Row(o.scenario(), o.rep(), o.seed(), o.totals(), o.daily());
        }

        Outcome outcome() {
            return new Outcome(scenario, rep, seed, totals, daily);
        }
    }

    @Override
    public boolean run(List<Job> jobs, Sink sink) throws Exception {
        if (jobs.isEmpty()) {
            return !stop.get();
        }
        List<Task> tasks = new ArrayList<>(jobs.size());
        HashMap<Integer, Source> used = new HashMap<>();
        for (Job j : jobs) {
            tasks.add(new Task(j.scenario(), j.rep(), j.seed()));
            used.computeIfAbsent(j.scenario(), s -> sourceOf(j));
        }
        int slices = slices(tasks.size());
        Broadcast<HashMap<Integer, Source>> shipped = spark.broadcast(used);
        JavaRDD<Task> rdd = spark.parallelize(tasks, slices);
        TestHooks hooks = TestHooks.of(spark.getConf());

        BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        List<Object> partitions = new ArrayList<>();
        for (int p = 0; p < slices; p++) {
            partitions.add(p);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        SimpleFutureAction<BoxedUnit> job = spark.sc().submitJob((RDD<Task>) rdd.rdd(), new RunPartition(shipped, hooks, keepDaily),
                (scala.collection.immutable.Seq) CollectionConverters.asScala(partitions).toSeq(),
                new AbstractFunction2<Object, ArrayList<Row>, BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(Object index, ArrayList<Row> rows) {
                        results.add(rows); // on Spark's scheduler thread: just hand over
                        return BoxedUnit.UNIT;
                    }
                },
                new AbstractFunction0<BoxedUnit>() {
                    @Override
                    public BoxedUnit apply() {
                        return BoxedUnit.UNIT;
                    }
                });
        Set<Long> seen = new HashSet<>();
        int received = 0;
        // in local mode the driver is the executor: only a cluster can leave a job without one
        ExecutorWait executors = ShippedJar.needed(spark.master()) ? new ExecutorWait(spark, log, System.err) : null;
        try {
            while (received < slices) {
                if (stop.get()) {
                    job.cancel();
                    for (Object done; (done = results.poll()) != null; ) {
                        hand(done, seen, sink); // finished before the stop: keep them
                    }
                    return false;
                }
                Object next = results.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    if (executors != null) {
                        executors.check();
                    }
                    if (job.isCompleted() && results.isEmpty()) {
                        rethrowFailure(job, spark, log);
                        if (results.isEmpty()) {
                            throw new IllegalStateException("Spark job ended with " + received + " of " + slices + " batches");
                        }
                    }
                    continue;
                }
                received++;
                hand(next, seen, sink);
            }
            return !stop.get();
        } catch (Exception e) {
            if (!job.isCompleted()) {
                job.cancel();
            }
            throw e;
        } finally {
            shipped.destroy();
        }
    }

    /** Gives a finished task's rows to the sink, each (scenario, replication) once. */
    private static void hand(Object batch, Set<Long> seen, Sink sink) throws Exception {
        @SuppressWarnings("unchecked")
        List<Row> rows = (List<Row>) batch;
        for (Row r : rows) {
            if (seen.add(((long) r.scenario() << 32) | r.rep())) {
                sink.accept(r.outcome());
            }
        }
    }

    private static void rethrowFailure(SimpleFutureAction<BoxedUnit> job, JavaSparkContext spark, SparkLog log) throws Exception {
        scala.util.Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isFailure()) {
            Throwable t = outcome.failed().get();
            // a context Spark stopped (the master removed the application) fails every job with "Cannot call
            // methods on a stopped SparkContext": the error Spark logged as it stopped says why
            String why = spark.sc().isStopped() && log.lastError() != null ? "Spark stopped: " + log.lastError() : firstLine(t);
            throw new EngineException("shequn: the Spark job failed: " + why + "; Spark's log: " + log.file(), t);
        }
    }

    /** Tasks for this many replications: {@value #BATCH} per task if set, else about {@value #WAVES} tasks per core. */
    private int slices(int n) {
        int batch = spark.getConf().getInt(BATCH, 0);
        if (batch <= 0) {
            batch = Math.max(1, (int) Math.ceil(n / ((double) WAVES * Math.max(1, spark.defaultParallelism()))));
        }
        return Math.max(1, (int) Math.ceil(n / (double) batch));
    }

    /**
     * The scenario as text: its file's content with the plan's settings for it (the {@code --set}
     * overrides; a sweep point's values). Checked here, on the driver, so that an executor never builds
     * another world than the local runner would; the file is read once per experiment.
     */
    private Source sourceOf(Job job) {
        return sources.computeIfAbsent(job.scenario(), s -> {
            Scenario wanted = job.spec();
            String base = job.baseDir() == null ? null : job.baseDir().toString();
            Path file = plan.files().get(s);
            try {
                Source source = new Source(texts.computeIfAbsent(file, SparkReplicator::read), file.getFileName().toString(),
                        plan.overridesOf(s), base);
                if (wanted.equals(source.scenario())) {
                    return source;
                }
            } catch (shequn.scenario.ScenarioException e) {
                throw new IllegalStateException("cannot ship scenario " + wanted.name() + " to Spark: " + e.getMessage(), e);
            }
            throw new IllegalStateException("cannot ship scenario " + wanted.name() + " to Spark: " + file
                    + " with the plan's settings does not give the scenario the experiment runs (was the file edited?)");
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs one partition's replications on an executor. */
    static final class RunPartition extends AbstractFunction1<Iterator<Task>, ArrayList<Row>> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<HashMap<Integer, Source>> sources;
        private final TestHooks hooks;
        private final boolean daily;

        RunPartition(Broadcast<HashMap<Integer, Source>> sources, TestHooks hooks, boolean daily) {
            this.sources = sources;
            this.hooks = hooks;
            this.daily = daily;
        }

        @Override
        public ArrayList<Row> apply(Iterator<Task> tasks) {
            TaskContext context = TaskContext.get();
            Map<Integer, Scenario> parsed = new HashMap<>();
            ArrayList<Row> rows = new ArrayList<>();
            try {
                while (tasks.hasNext()) {
                    Task t = tasks.next();
                    Scenario spec = parsed.get(t.scenario());
                    if (spec == null) {
                        spec = sources.value().get(t.scenario()).scenario();
                        parsed.put(t.scenario(), spec);
                    }
                    Source source = sources.value().get(t.scenario());
                    Path base = source.baseDir() == null ? null : Path.of(source.baseDir());
                    RunResult r = Simulation.run(spec, t.seed(), base, (day, days) -> {
                        if (context != null) {
                            context.killTaskIfInterrupted(); // the job was cancelled (Ctrl-C): stop mid-run
                        }
                    });
                    Outcome o = Outcome.of(t.scenario(), t.rep(), r);
                    rows.add(daily ? Row.of(o) : new Row(o.scenario(), o.rep(), o.seed(), o.totals(), new double[0][]));
                    hooks.afterReplication(context, rows.size());
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return rows;
        }
    }
}
