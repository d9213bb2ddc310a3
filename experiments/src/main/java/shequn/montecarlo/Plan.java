package shequn.montecarlo;

import java.nio.file.Path;
import java.util.List;
import shequn.engine.Seeds;
import shequn.scenario.Scenario;

/**
 * An experiment: which scenarios, how many replications and with which seeds.
 *
 * @param command     "mc" or "compare" (recorded in the manifest)
 * @param files       the scenario files, for the manifest and relative paths inside them
 * @param overrides   the {@code --set} settings applied to every scenario
 * @param seed        master seed; replication i gets {@code Seeds.replication(seed, i)}
 * @param reps        replications, or the batch size of a precision-driven run
 * @param precision   target relative CI half-width of {@code kpi}, or null for a fixed count
 * @param maxReps     the most replications a precision-driven run may use
 * @param independent give each scenario its own seeds instead of common random numbers
 * @param extraOverrides per scenario, settings applied after {@code overrides} (a sweep point's values), or null
 *                    for none: {@code files[s]} with {@code overrides} and {@code extraOverrides[s]} gives scenario s,
 *                    which is how an engine elsewhere (Spark) rebuilds it from text
 */
public record Plan(String command, List<Path> files, List<Scenario> scenarios, List<String> overrides, long seed,
                   int reps, Double precision, String kpi, int maxReps, boolean independent,
                   List<List<String>> extraOverrides) {

    public Plan {
        files = List.copyOf(files);
        scenarios = List.copyOf(scenarios);
        overrides = List.copyOf(overrides);
        extraOverrides = extraOverrides == null ? null : extraOverrides.stream().map(List::copyOf).toList();
    }

    public Plan(String command, List<Path> files, List<Scenario> scenarios, List<String> overrides, long seed,
                int reps, Double precision, String kpi, int maxReps, boolean independent) {
        this(command, files, scenarios, overrides, seed, reps, precision, kpi, maxReps, independent, null);
    }

    /** A fixed number of replications with common random numbers. */
    public static Plan fixed(String command, List<Path> files, List<Scenario> scenarios, List<String> overrides,
                             long seed, int reps) {
        return new Plan(command, files, scenarios, overrides, seed, reps, null, "gmv", reps, false);
    }

    public Plan withPrecision(double target, String onKpi, int most) {
        return new Plan(command, files, scenarios, overrides, seed, reps, target, onKpi, most, independent, extraOverrides);
    }

    public Plan withIndependentSeeds() {
        return new Plan(command, files, scenarios, overrides, seed, reps, precision, kpi, maxReps, true, extraOverrides);
    }

    /** The same plan, recording the settings each scenario adds to the common overrides (see {@code extraOverrides}). */
    public Plan withExtraOverrides(List<List<String>> perScenario) {
        return new Plan(command, files, scenarios, overrides, seed, reps, precision, kpi, maxReps, independent, perScenario);
    }

    /** Every setting that turns {@code files[s]} into scenario s: the common overrides, then the scenario's own. */
    public List<String> overridesOf(int scenario) {
        if (extraOverrides == null) {
            return overrides;
        }
        List<String> all = new java.util.ArrayList<>(overrides);
        all.addAll(extraOverrides.get(scenario));
        return all;
    }

    /**
     * The seed of replication {@code rep} of scenario {@code scenario}. With common random numbers
     * every scenario's replication i sees the same population, network and need draws, so paired
     * differences measure the strategy and not the dice.
     */
    public long seedOf(int scenario, int rep) {
        long master = independent ? Seeds.stream(seed, scenario + 1L) : seed;
        return Seeds.replication(master, rep);
    }

    /** Scenario names, or null for a single scenario (runs.csv then has no scenario column). */
    List<String> columnNames() {
        return scenarios.size() == 1 ? null : scenarios.stream().map(Scenario::name).toList();
    }
}
