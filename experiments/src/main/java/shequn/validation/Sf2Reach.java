package shequn.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import shequn.montecarlo.Stats;
import shequn.viz.check.Chart;

/**
 * SF2 (seed 001, 第四步传播): "seed users and KOLs can spread with a 1×1000 effect." Order of
 * magnitude: within a factor √10 of 1000 (log10 within ±0.5 of 3). Rows from a year of
 * store-plus-community.yaml: people a KOL post reaches (an input: it follows the follower count), the
 * people a KOL's cascade makes aware (the KOL, followers who first hear of the store from them and
 * everyone their word reaches: an outcome of cascades), the people one customer's word-of-mouth cascade
 * makes aware; and Bakshy et al. (2012): weak ties carry most first hearings.
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
        int[] sizes = runs.stream().flatMapToInt(m -> Arrays.stream(m.customerCascadeSizes())).sorted().toArray();
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
        Chart chart = Chart.bars("sf2-cascades", "SF2: customers' word-of-mouth cascade sizes in store-plus-community ("
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
                ? CheckResult.of("sf2 people one customer's word-of-mouth cascade reaches", meanCascade, 1000, tol, true, note, chart)
                : CheckResult.gap("sf2 people one customer's word-of-mouth cascade reaches", meanCascade, 1000, tol, note, chart);
        return List.of(kol, kolCascade(runs, tol), cascade, weakTies(runs));
    }

    /** People a KOL's cascade makes aware over the year: an outcome of who already knew the store and who retells. */
    static CheckResult kolCascade(List<FactRuns.Measures> runs, String tol) {
        double[] sizes = runs.stream().flatMapToInt(m -> Arrays.stream(m.kolCascadeSizes())).asDoubleStream().toArray();
        double mean = Stats.mean(sizes);
        double largest = Arrays.stream(sizes).max().orElse(0);
        boolean ok = Math.abs(Math.log10(Math.max(mean, 1e-9)) - 3) <= 0.5;
        String note = String.format(Locale.ROOT, "%d KOL cascades, largest %.0f: followers who already knew the store "
                + "are not counted, retelling adds the rest", sizes.length, largest);
        String name = "sf2 people one KOL's cascade makes aware";
        return ok ? CheckResult.of(name, mean, 1000, tol, true, note, null) : CheckResult.gap(name, mean, 1000, tol, note, null);
    }

    /**
     * Bakshy et al. 2012 (WWW): strong ties are individually more influential, but weak ties, more numerous, carry
     * most of the spread of new information. Measured: the share of word-of-mouth first hearings told by a weak tie.
     */
    static CheckResult weakTies(List<FactRuns.Measures> runs) {
        double share = Stats.mean(FactRuns.each(runs, FactRuns.Measures::womFirstWeakShare));
        return CheckResult.of("wom weak ties: share of first hearings they carry", share, 0.5, "> 0.5 (Bakshy et al. 2012)",
                share > 0.5, "wom_strong is 2.5 times wom_weak per tie; strong ties sit in tight circles whose members "
                        + "often know already", null);
    }
}
