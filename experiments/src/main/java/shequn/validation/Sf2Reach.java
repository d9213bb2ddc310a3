package shequn.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import shequn.montecarlo.Stats;
import shequn.viz.check.Chart;

/**
 * SF2 (seed 001, 第四步传播): "seed users and KOLs can spread with a 1×1000 effect." Order of
 * magnitude: within a factor √10 of 1000 (log10 within ±0.5 of 3). Two rows from a year of
 * store-plus-community.yaml: people a KOL post reaches, and the people one word-of-mouth cascade
 * makes aware (a sharer plus everyone their news reaches, hop by hop).
 */
final class Sf2Reach implements Check {
    @Override
    public String id() {
        return "sf2";
    }

    @Override
    public List<CheckResult> run(Effort e) throws Exception {
        List<FactRuns.Measures> runs = FactRuns.community(e);
        double[] perPost = FactRuns.each(runs, m -> m.kolPosts() == 0 ? 0 : m.kolReach() / m.kolPosts());
        double reach = Stats.mean(perPost);
        int[] sizes = runs.stream().flatMapToInt(m -> Arrays.stream(m.cascadeSizes())).sorted().toArray();
        double meanCascade = Arrays.stream(sizes).average().orElse(0);
        int max = sizes.length == 0 ? 0 : sizes[sizes.length - 1];
        int p99 = sizes.length == 0 ? 0 : sizes[(int) Math.floor(0.99 * (sizes.length - 1))];
        boolean kolOk = Math.abs(Math.log10(Math.max(reach, 1e-9)) - 3) <= 0.5;
        String tol = "×/÷ √10 (log10 within 0.5)";
        // cascade-size distribution, for the chart
        int top = Math.max(max, 1);
        double[] x = new double[top];
        double[] share = new double[top];
        for (int s : sizes) {
            share[s - 1] += 1.0 / sizes.length;
        }
        for (int s = 0; s < top; s++) {
            x[s] = s + 1;
        }
        Chart chart = Chart.bars("sf2-cascades", "SF2: word-of-mouth cascade sizes in store-plus-community ("
                + sizes.length + " cascades); seed 001 speaks of 1:1000", "people made aware by one cascade",
                "share of cascades", Chart.Series.line("simulated", x, share));
        // reach follows the follower count written in the scenario: a calibrated input, not a validation
        CheckResult kol = CheckResult.input("sf2 people one KOL post reaches", reach, 1000, tol, kolOk,
                "KOLs of 800 and 600 followers (store-plus-community.yaml), 60% open a post: reach follows the follower count",
                null);
        String note = String.format(Locale.ROOT, "99th percentile %d, largest %d: each hop passes to ~%.2f people, "
                + "so cascades die out (sub-critical)", p99, max, meanCascade - 1);
        boolean cascadeOk = Math.abs(Math.log10(Math.max(meanCascade, 1e-9)) - 3) <= 0.5;
        CheckResult cascade = cascadeOk
                ? CheckResult.of("sf2 people one word-of-mouth cascade reaches", meanCascade, 1000, tol, true, note, chart)
                : CheckResult.gap("sf2 people one word-of-mouth cascade reaches", meanCascade, 1000, tol, note, chart);
        return List.of(kol, cascade);
    }
}
