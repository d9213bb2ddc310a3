package shequn.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import shequn.montecarlo.EngineException;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.JournalLayout;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Replicator;
import shequn.output.InputCopies;
import shequn.output.OutputDir;

/**
 * What {@code mc} and {@code compare} share: argument checks, the output folder, and a clean stop
 * on Ctrl-C — the shutdown hook asks the replications to stop and waits until every finished one is
 * on disk, then the command says how to resume.
 */
final class ExperimentRunner {
    /** Exit code after Ctrl-C, as shells report a process ended by SIGINT. */
    static final int INTERRUPTED = 130;

    private ExperimentRunner() {
    }

    static void checkCounts(int reps, Integer threads) throws BadInput {
        if (reps <= 0) {
            throw new BadInput("shequn: --reps: must be at least 1, got " + reps);
        }
        if (threads != null && threads <= 0) {
            throw new BadInput("shequn: --threads: must be at least 1, got " + threads);
        }
    }

    static int threads(Integer asked) {
        return asked != null ? asked : Runtime.getRuntime().availableProcessors();
    }

    /** The folder to write: --resume's when resuming (then --out, if given, must agree). */
    static Path folder(Path out, Path resume, String fallback) throws BadInput {
        if (resume == null) {
            return out != null ? out : Path.of(fallback);
        }
        if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
            throw new BadInput("shequn: --out " + out + " and --resume " + resume + " name different folders");
        }
        return resume;
    }

    /** Creates (if need be) and locks the folder an experiment writes, before any work; held until the command ends. */
    static OutputFolder lock(Path dir, Path resume) throws BadInput {
        return resume == null ? OutputFolder.open(dir)
                : OutputFolder.open(dir, "--resume", "wait for it, or resume once it has stopped");
    }

    /** Runs the experiment; on Ctrl-C returns an interrupted result once all finished replications are saved. */
    static Experiment.Result run(Plan plan, Path out, int threads, boolean resume, EngineOptions engine) throws Exception {
        return run(plan, null, out, threads, resume, engine);
    }

    /**
     * As {@link #run(Plan, Path, int, boolean, EngineOptions)}, journaling in {@code layout} (null: mc/compare's files).
     * {@code engine} null runs on the local pool.
     */
    static Experiment.Result run(Plan plan, JournalLayout layout, Path out, int threads, boolean resume,
                                 EngineOptions engine) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch saved = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                saved.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shequn-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Replicator replicator = null;
        try {
            if (engine != null) {
                replicator = engine.open(plan, out, stop);
                engine.workers = replicator != null ? replicator.parallelism() : threads;
            }
            Experiment experiment = new Experiment(plan, out, threads, stop, Progress.on(System.err)).on(replicator);
            if (layout != null) {
                experiment.layout(layout);
            }
            Experiment.Result result;
            try {
                result = experiment.run(resume);
            } catch (EngineException e) {
                throw new EngineException(e.getMessage() + "; the finished replications are saved in " + out
                        + "; resume with: " + resumeCommand(out), e.getCause());
            }
            InputCopies.write(out, plan.files(), plan.overrides()); // the scenarios as run, after --set
            if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
                System.err.println("shequn: interrupted; " + result.outcomes().size() + " finished replications are saved in "
                        + out + "; resume with: " + resumeCommand(out));
            }
            return result;
        } finally {
            if (replicator != null) {
                replicator.close();
            }
            saved.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook is running and will return now
            }
        }
    }

    static String resumeCommand(Path out) {
        List<String> args = new ArrayList<>();
        args.add("shequn");
        String[] given = Main.lastArgs();
        for (int k = 0; k < given.length; k++) {
            String a = given[k];
            if (a.equals("--out") || a.equals("--resume")) {
                k++;
            } else if (!a.startsWith("--out=") && !a.startsWith("--resume=")) {
                args.add(a.matches("[A-Za-z0-9_./=:,+@%-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
            }
        }
        args.add("--resume");
        args.add(out.toString());
        return String.join(" ", args);
    }

    static void write(Path out, String name, OutputDir.WriterBody body) throws IOException {
        new OutputDir(out).write(name, body);
    }
}
