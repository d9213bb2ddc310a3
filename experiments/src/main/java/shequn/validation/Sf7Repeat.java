package shequn.validation;

import java.util.List;
import java.util.Locale;
import shequn.montecarlo.Stats;
import shequn.viz.check.Chart;

/**
 * SF7 (seed 003): "JD's repeat-purchase rate reaches 80%; if 80 of a shop's 100 users buy again, the
 * shop does well" — connected customers repeat far more. One year of store-plus-community.yaml; the
 * README's repeat rate (of the consumers who bought in the last 30 days, the share who bought at
 * least twice) for group members and for everyone else. Rows: members' repeat rate 0.80 ± 0.10;
 * members ÷ others ≥ 1.2 ("far more").
 */
final class Sf7Repeat implements Check {
    @Override
    public String id() {
        return "sf7";
    }

    @Override
    public List<CheckResult> run(Effort e) throws Exception {
        List<FactRuns.Measures> runs = FactRuns.community(e);
        double[] linked = FactRuns.each(runs, m -> m.linkedRepeaters() / m.linkedBuyers());
        double[] other = FactRuns.each(runs, m -> m.otherRepeaters() / m.otherBuyers());
        double[] ratio = new double[runs.size()];
        for (int r = 0; r < ratio.length; r++) {
            ratio[r] = linked[r] / other[r];
        }
        double l = Stats.mean(linked);
        double o = Stats.mean(other);
        double q = Stats.mean(ratio);
        double[] x = {0, 1};
        Chart chart = Chart.bars("sf7-repeat", "SF7: 30-day repeat rate at the end of a year of store + community",
                "0 group members, 1 everyone else", "repeat rate",
                Chart.Series.band("simulated (95% CI)", x, new double[] {l, o},
                        new double[] {l - Stats.Z95 * Stats.se(linked), o - Stats.Z95 * Stats.se(other)},
                        new double[] {l + Stats.Z95 * Stats.se(linked), o + Stats.Z95 * Stats.se(other)}),
                Chart.Series.line("seed 003: 80% (JD)", x, new double[] {0.8, 0.8}));
        return List.of(
                CheckResult.of("sf7 group members' repeat rate", l, 0.8, "± 0.10", Math.abs(l - 0.8) <= 0.10,
                        String.format(Locale.ROOT, "everyone else %.3f", o), chart),
                CheckResult.of("sf7 members' repeat rate ÷ others'", q, 1.2, "≥ 1.2", q >= 1.2, "", null));
    }
}
