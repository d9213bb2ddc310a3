package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incremental economics from hand-built replication outcomes whose answers are known in closed
 * form: Δ gross margin ÷ Δ spend with its delta-method interval, and the refusal to give a ratio
 * when the plan does not clearly spend more.
 */
class IncrementalTest {
    /** t(0.975, 4), five replications: 2.7764451 in the tables (commons-math's quantile, to its 1e-9 accuracy). */
    static final double T4 = Stats.tCritical(4, Stats.LEVEL);

    /** One replication with the given GMV, spend and gross margin; profit = margin − spend. */
    static Outcome outcome(int scenario, int rep, double gmv, double cost, double margin) {
        double[] totals = new double[Outcome.TOTALS.size()];
        totals[Outcome.TOTALS.indexOf("gmv")] = gmv;
        totals[Outcome.TOTALS.indexOf("cost")] = cost;
        totals[Outcome.TOTALS.indexOf("gross_margin")] = margin;
        totals[Outcome.TOTALS.indexOf("profit")] = margin - cost;
        totals[Outcome.TOTALS.indexOf("margin_per_yuan_spent")] = cost == 0 ? Double.NaN : margin / cost;
        return new Outcome(scenario, rep, 1000 + rep, totals, new double[0][]);
    }

    /** The baseline: no spend; margin a quarter of GMV. */
    static List<Outcome> baseline(double... gmv) {
        List<Outcome> out = new ArrayList<>();
        for (int r = 0; r < gmv.length; r++) {
            out.add(outcome(0, r, gmv[r], 0, 0.25 * gmv[r]));
        }
        return out;
    }

    /** The plan: the baseline's replication plus the given extra spend and extra margin (extra GMV = 4 × margin). */
    static List<Outcome> plan(List<Outcome> base, double[] dSpend, double[] dMargin) {
        List<Outcome> out = new ArrayList<>();
        for (int r = 0; r < base.size(); r++) {
            Outcome b = base.get(r);
            out.add(outcome(1, r, b.total("gmv") + 4 * dMargin[r], dSpend[r], b.total("gross_margin") + dMargin[r]));
        }
        return out;
    }

    @Test
    void aFixedExtraSpendGivesTheIntervalOfTheExtraMarginDividedByIt() {
        // Δ spend 100 in every replication; Δ margin 130, 150, 170, 190, 160: mean 160, sd √500, so
        // R = 1.6 and the interval is 1.6 ± t(4) · √500 / √5 / 100 = 1.6 ± 0.27764451
        List<Outcome> base = baseline(1000, 1200, 900, 1100, 1000);
        List<Outcome> plan = plan(base, new double[] {100, 100, 100, 100, 100}, new double[] {130, 150, 170, 190, 160});
        Incremental.Economics e = Incremental.of("plan", "base", plan, base);
        assertEquals(2.7764451, T4, 1e-7);
        assertEquals(1.6, e.roi().estimate(), 1e-12);
        assertEquals(1.6 - T4 * 0.1, e.roi().low(), 1e-9);
        assertEquals(1.6 + T4 * 0.1, e.roi().high(), 1e-9);
        assertTrue(e.roi().defined());
        assertEquals(60, e.profit().mean(), 1e-9, "Δ profit = Δ margin − Δ spend");
        assertEquals(60 - T4 * 10, e.profit().low(), 1e-9);
        assertEquals(640, e.gmv().mean(), 1e-9);
        assertEquals(1.0, e.pProfit(), "more profit in every replication");
        assertEquals(1040, e.baselineGmv(), 1e-9);
    }

    @Test
    void aVaryingExtraSpendGivesTheDeltaMethodInterval() {
        // Δ spend 90, 110, 100, 95, 105 (mean 100); Δ margin 150, 170, 160, 150, 170 (mean 160): R = 1.6;
        // residuals Δm − 1.6 Δs = 6, −6, 0, −2, 2 with sd √20, so the half-width is t(4) · √20 / (√5 · 100) = 2 t(4) / 100
        List<Outcome> base = baseline(1000, 1000, 1000, 1000, 1000);
        List<Outcome> plan = plan(base, new double[] {90, 110, 100, 95, 105}, new double[] {150, 170, 160, 150, 170});
        Incremental.Ratio r = Incremental.of("plan", "base", plan, base).roi();
        assertEquals(1.6, r.estimate(), 1e-12);
        assertEquals(1.6 - 2 * T4 / 100, r.low(), 1e-9);
        assertEquals(1.6 + 2 * T4 / 100, r.high(), 1e-9);
    }

    @Test
    void aPlanThatLosesMoneyHasAnIncrementalRoiBelowOne() {
        List<Outcome> base = baseline(1000, 1000, 1000, 1000, 1000);
        List<Outcome> plan = plan(base, new double[] {100, 100, 100, 100, 100}, new double[] {40, 42, 44, 46, 48});
        Incremental.Economics e = Incremental.of("plan", "base", plan, base);
        assertEquals(0.44, e.roi().estimate(), 1e-12);
        assertTrue(e.roi().high() < 1);
        assertEquals(-56, e.profit().mean(), 1e-9);
        assertEquals(0.0, e.pProfit());
    }

    @Test
    void noRatioWhenThePlanSpendsLess() {
        List<Outcome> base = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            base.add(outcome(0, r, 1000, 500, 250));
        }
        List<Outcome> plan = plan(base, new double[] {300, 310, 290, 305, 295}, new double[] {-20, -25, -15, -20, -20});
        Incremental.Ratio r = Incremental.of("plan", "base", plan, base).roi();
        assertEquals(Incremental.SPEND_LOWER, r.note());
        assertFalse(r.defined());
        assertTrue(Double.isNaN(r.estimate()) && Double.isNaN(r.low()) && Double.isNaN(r.high()));
    }

    @Test
    void noRatioWhenTheExtraSpendIsAboutZeroOrNotClearlyAboveIt() {
        List<Outcome> base = baseline(1000, 1000, 1000, 1000, 1000);
        double[] margin = {10, 12, 8, 11, 9};
        // a fraction of a yuan: whatever the margin, a return per extra yuan means nothing
        assertEquals(Incremental.SPEND_NOT_CLEARLY_HIGHER,
                Incremental.of("p", "b", plan(base, new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, margin), base).roi().note());
        // none at all
        assertEquals(Incremental.SPEND_NOT_CLEARLY_HIGHER,
                Incremental.of("p", "b", plan(base, new double[5], margin), base).roi().note());
        // ten yuan more on average, but the interval of the extra spend crosses zero
        assertEquals(Incremental.SPEND_NOT_CLEARLY_HIGHER,
                Incremental.of("p", "b", plan(base, new double[] {50, -40, 60, -30, 10}, margin), base).roi().note());
    }

    @Test
    void oneReplicationGivesTheRatioWithoutAnInterval() {
        List<Outcome> base = baseline(1000);
        Incremental.Ratio r = Incremental.of("p", "b", plan(base, new double[] {200}, new double[] {300}), base).roi();
        assertEquals(1.5, r.estimate(), 1e-12);
        assertTrue(Double.isNaN(r.low()) && Double.isNaN(r.high()));
    }

    @Test
    void replicationsArePairedByReplicationNumber() {
        List<Outcome> base = baseline(1000, 1000);
        List<Outcome> plan = new ArrayList<>(plan(base, new double[] {1, 1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Incremental.of("p", "b", plan.subList(0, 1), base));
        List<Outcome> swapped = List.of(plan.get(1), plan.get(0));
        assertThrows(IllegalArgumentException.class, () -> Incremental.of("p", "b", swapped, base));
    }

    @Test
    void theTerminalBlockGivesTheRatioOrSaysWhyThereIsNone() {
        List<Outcome> base = baseline(1000, 1200, 900, 1100, 1000);
        String given = Comparison.block(Incremental.of("plan", "base",
                plan(base, new double[] {100, 100, 100, 100, 100}, new double[] {130, 150, 170, 190, 160}), base));
        assertTrue(given.contains("  incremental ROI        1.60  [1.32, 1.88]"), given);
        assertTrue(given.contains("  profit                  +60  [+32, +88]"), given);
        String none = Comparison.block(Incremental.of("plan", "base",
                plan(base, new double[] {-100, -100, -100, -100, -100}, new double[] {10, 10, 10, 10, 10}), base));
        assertTrue(none.contains("incremental ROI        none                             the plan spends less than the baseline"),
                none);
    }
}
