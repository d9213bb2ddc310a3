package shequn.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shequn.engine.Simulation;
import shequn.network.NetworkStats;
import shequn.network.SocialGraph;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.viz.check.Chart;

/**
 * Tie strength follows structure (Granovetter 1973; Onnela et al. 2007, PNAS 104:7332) in
 * store-plus-community.yaml's network as written (a small world whose ties are typed by overlap) and with
 * {@code network.type: clustered}, 10,000 consumers. Two rows each, their thresholds fixed before measuring:
 * <ul>
 *   <li>strong ties' mean neighbourhood overlap ÷ weak ties' &gt; {@value #OVERLAP_RATIO};</li>
 *   <li>the area under the largest-component curve as ties are removed strong-first, minus the area
 *       weak-first, at least {@value #AREA_MARGIN} (weak-first removal fragments sooner).</li>
 * </ul>
 * With random tie types ({@code network.tie_strength: random}) the ratio is about 1 and the difference
 * about 0, so both rows fail there.
 */
final class NetworkStructure implements Check {
    static final double OVERLAP_RATIO = 1.5;
    static final double AREA_MARGIN = 0.05;
    /** Points of the removal curves (fractions of ties removed 0, 1%, …, 100%). */
    static final int POINTS = 100;

    @Override
    public String id() {
        return "network";
    }

    @Override
    public List<CheckResult> run(Effort effort) throws Exception {
        Path file = effort.scenario("store-plus-community.yaml");
        List<CheckResult> out = new ArrayList<>(rows("small-world", graphs(effort, file, List.of()), effort.masterSeed()));
        out.addAll(rows("clustered", graphs(effort, file, List.of("network.type=clustered")), effort.masterSeed()));
        return out;
    }

    /** The networks of store-plus-community.yaml (its small world as written, or with {@code overrides}). */
    static List<SocialGraph> graphs(Effort effort, Path file, List<String> overrides) throws Exception {
        Scenario s = ScenarioLoader.load(file, overrides);
        List<SocialGraph> graphs = new ArrayList<>();
        for (int k = 0; k < effort.pick(1, 5); k++) {
            Simulation sim = Simulation.start(s, effort.masterSeed() + k, file.getParent());
            graphs.add(sim.world().ties);
            sim.finish();
        }
        return graphs;
    }

    /** The two rows for {@code graphs} of the network named {@code label}. */
    static List<CheckResult> rows(String label, List<SocialGraph> graphs, long seed) {
        double strongSum = 0;
        double weakSum = 0;
        double shareSum = 0;
        double[] weakFirst = new double[POINTS + 1];
        double[] strongFirst = new double[POINTS + 1];
        for (int k = 0; k < graphs.size(); k++) {
            SocialGraph g = graphs.get(k);
            NetworkStats st = NetworkStats.of(g);
            strongSum += st.meanOverlapStrong();
            weakSum += st.meanOverlapWeak();
            shareSum += st.strongShare();
            add(weakFirst, NetworkStats.removalCurve(g, true, seed + k, POINTS), graphs.size());
            add(strongFirst, NetworkStats.removalCurve(g, false, seed + k, POINTS), graphs.size());
        }
        int n = graphs.size();
        double strong = strongSum / n;
        double weak = weakSum / n;
        double ratio = strong / weak;
        double areaWeak = NetworkStats.area(weakFirst);
        double areaStrong = NetworkStats.area(strongFirst);
        double gap = areaStrong - areaWeak;
        String graphsNote = String.format(Locale.ROOT, "%d graph%s of %,d consumers, %.1f%% of ties strong", n,
                n == 1 ? "" : "s", graphs.get(0).size(), 100 * shareSum / n);
        CheckResult overlap = CheckResult.of("network " + label + ": strong ÷ weak ties' mean overlap", ratio, OVERLAP_RATIO,
                "> " + CheckResult.num(OVERLAP_RATIO) + " (Onnela et al. 2007)", ratio > OVERLAP_RATIO,
                String.format(Locale.ROOT, "overlap strong %.4f, weak %.4f; %s", strong, weak, graphsNote), null);
        double[] x = new double[POINTS + 1];
        for (int p = 0; p <= POINTS; p++) {
            x[p] = (double) p / POINTS;
        }
        Chart chart = Chart.lines("network-" + label + "-removal", "Largest component as ties are removed (" + label + ")",
                "share of ties removed", "share of consumers in the largest component",
                Chart.Series.line("weak ties first", x, weakFirst), Chart.Series.line("strong ties first", x, strongFirst));
        CheckResult removal = CheckResult.of("network " + label + ": largest-component area, strong-first − weak-first", gap,
                AREA_MARGIN, "≥ " + CheckResult.num(AREA_MARGIN) + " (weak-first fragments sooner)", gap >= AREA_MARGIN,
                String.format(Locale.ROOT, "area weak-first %.4f, strong-first %.4f; %s", areaWeak, areaStrong, graphsNote), chart);
        return List.of(overlap, removal);
    }

    private static void add(double[] sum, double[] curve, int n) {
        for (int p = 0; p < sum.length; p++) {
            sum[p] += curve[p] / n;
        }
    }
}
