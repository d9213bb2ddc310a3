package shequn.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shequn.metrics.Kpi;
import shequn.montecarlo.Stats;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.viz.check.Chart;

/**
 * Independent cascade on small hand-made graphs (scenarios/validation/ic-*.yaml with their CSV
 * edge lists) vs the exact expected spread from enumerating every live-edge graph. Tolerance: the
 * simulated mean within 4 Monte-Carlo standard errors of the exact value.
 */
public final class CascadeDocking implements Check {
    static final double Z_TOL = 4;

    record Case(String file, String csv, int nodes, int[] seeds, double pStrong, double pWeak, boolean defaults) {
    }

    static final Case[] CASES = {
        new Case("ic-bridge.yaml", "ic-bridge.csv", 8, new int[] {0}, 0.5, 0.2, false),
        new Case("ic-star.yaml", "ic-star.csv", 9, new int[] {1, 7}, 0.5, 0.2, false),
        new Case("ic-star.yaml", "ic-star.csv", 9, new int[] {1, 7}, 0.15, 0.06, true), // the defaults
    };

    @Override
    public String id() {
        return "cascade";
    }

    @Override
    public List<CheckResult> run(Effort effort) throws Exception {
        int reps = effort.pick(4000, 40000);
        List<CheckResult> rows = new ArrayList<>();
        for (Case c : CASES) {
            if (effort.quick() && c.defaults()) {
                continue;
            }
            rows.add(dock(effort, c, reps));
        }
        return rows;
    }

    static CheckResult dock(Effort effort, Case c, int reps) throws Exception {
        Path file = effort.scenario("validation/" + c.file());
        List<String> overrides = List.of("behaviour.wom_strong=" + c.pStrong(), "behaviour.wom_weak=" + c.pWeak());
        Scenario s = ScenarioLoader.load(file, overrides);
        String tag = c.file().replace(".yaml", "") + String.format(Locale.ROOT, " (strong %s, weak %s)",
                CheckResult.num(c.pStrong()), CheckResult.num(c.pWeak()));
        List<boolean[]> reached = Replicas.runAll(effort, "ic " + tag, s, file.getParent(), reps, m -> {
            boolean[] r = new boolean[c.nodes()];
            for (int i = 0; i < c.nodes(); i++) {
                r[i] = m.world().people.everAware[i];
            }
            double none = m.kpis().get(s.days() - 1, Kpi.LADDER_NONE);
            int count = 0;
            for (boolean b : r) {
                count += b ? 1 : 0;
            }
            if (count != c.nodes() - none) {
                throw new IllegalStateException("ladder_none disagrees with awareness");
            }
            return r;
        });
        double[] spread = new double[reps];
        double[] perNode = new double[c.nodes()];
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < c.nodes(); i++) {
                if (reached.get(r)[i]) {
                    spread[r]++;
                    perNode[i] += 1.0 / reps;
                }
            }
        }
        LiveEdge.Spread exact = LiveEdge.expectedSpread(c.nodes(), LiveEdge.read(file.resolveSibling(c.csv())), c.seeds(),
                c.pStrong(), c.pWeak());
        double mean = Stats.mean(spread);
        double se = Stats.se(spread);
        double[] x = Chart.range(0, c.nodes());
        double[] lo = new double[c.nodes()];
        double[] hi = new double[c.nodes()];
        for (int i = 0; i < c.nodes(); i++) {
            double h = Stats.Z95 * Math.sqrt(perNode[i] * (1 - perNode[i]) / reps);
            lo[i] = perNode[i] - h;
            hi[i] = perNode[i] + h;
        }
        Chart chart = Chart.bars(("ic-" + tag.replaceAll("[^a-z0-9]+", "-")).replaceAll("-+$", ""),
                "Independent cascade, " + tag + ": chance each consumer hears", "consumer", "chance of being reached",
                Chart.Series.band("simulated (" + reps + " replications, 95% CI)", x, perNode, lo, hi),
                Chart.Series.line("exact (live-edge enumeration)", x, exact.reached()));
        double tol = Z_TOL * se;
        return CheckResult.of("cascade " + tag + ": mean spread", mean, exact.expected(),
                "± " + CheckResult.num(tol) + " (4 SE, " + reps + " reps)", Math.abs(mean - exact.expected()) <= tol,
                "seeds " + java.util.Arrays.toString(c.seeds()), chart);
    }
}
