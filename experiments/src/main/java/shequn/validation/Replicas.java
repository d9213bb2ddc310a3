package shequn.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import shequn.engine.Seeds;
import shequn.engine.ShequnModel;
import shequn.engine.Simulation;
import shequn.engine.WorldTooLargeException;
import shequn.montecarlo.ReplicationPool;
import shequn.network.NetworkInputException;
import shequn.scenario.Scenario;

/** Runs a check's replications in parallel, in replication order, each with its own seed (results do not depend on threads). */
public final class Replicas {
    private Replicas() {
    }

    /** {@code body} of replications 0 … reps − 1 on {@link ReplicationPool}, results in replication order. */
    public static <T> List<T> map(int reps, int threads, IntFunction<T> body) {
        try (ReplicationPool pool = new ReplicationPool(threads)) {
            return pool.map(reps, body::apply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replication {@code rep}'s seed for a check: the master seed mixed with a salt per check and the index. */
    public static long seed(Effort effort, String salt, int rep) {
        return Seeds.replication(effort.masterSeed() ^ salt.hashCode() * 0x9E3779B97F4A7C15L, rep);
    }

    /**
     * Builds and steps one replication through the scenario's days and hands the finished model to
     * {@code atEnd} (world and daily KPIs are still readable there).
     */
    public static <T> T run(Scenario scenario, long seed, Path baseDir, Function<ShequnModel, T> atEnd) {
        return run(scenario, seed, baseDir, (m, d) -> { }, atEnd);
    }

    /** As {@link #run(Scenario, long, Path, Function)}, calling {@code eachDay} after every day. */
    public static <T> T run(Scenario scenario, long seed, Path baseDir, ObjIntConsumer<ShequnModel> eachDay,
                            Function<ShequnModel, T> atEnd) {
        try {
            Simulation sim = Simulation.start(scenario, seed, baseDir);
            return sim.complete((day, days) -> eachDay.accept(sim.model(), day), done -> atEnd.apply(done.model()));
        } catch (NetworkInputException | WorldTooLargeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Replications of a scenario in parallel; see {@link #run}. */
    public static <T> List<T> runAll(Effort effort, String salt, Scenario scenario, Path baseDir, int reps,
                                     Function<ShequnModel, T> atEnd) {
        return map(reps, effort.threads(), r -> run(scenario, seed(effort, salt, r), baseDir, atEnd));
    }
}
