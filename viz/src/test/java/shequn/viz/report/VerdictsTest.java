package shequn.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.viz.Lang;
import shequn.viz.Messages;
import shequn.viz.data.Estimate;
import shequn.viz.data.Incremental;
import shequn.viz.data.Incremental.Diff;

/** The verdict's words: led by profit, never "better" for a plan that loses money, words and signs that agree. */
class VerdictsTest {
    static final Verdicts EN = new Verdicts(new Messages(Lang.EN));
    static final Diff NO_SHARE = new Diff(0.42, 0.38, 0.46, Double.NaN);

    /** Plan B against A, whose mean GMV is one million yuan: +1.5% GMV, a quarter of it margin, 43,579 yuan more spend. */
    static Incremental plan(Diff profit, Diff cost, Diff roi, String note) {
        return new Incremental("B", "A", 1_000_000, new Diff(15_000, 12_000, 18_000, 1.0), new Diff(3_750, 3_000, 4_500, 1.0),
                cost, profit, roi, note);
    }

    @Test
    void aPlanThatGainsGmvButLosesProfitIsSaidToLoseMoney() {
        Incremental b = plan(new Diff(-39_829, -48_455, -31_204, 0.0), new Diff(43_579, 43_500, 43_658, 0.0), NO_SHARE, "");
        String s = EN.economics(b);
        assertEquals("B loses 39,829 yuan of profit [31,204, 48,455] against A although it raises GMV by 1.5% [1.2%, 1.8%]; "
                + "each extra yuan spent returns 0.42 yuan of gross margin [0.38, 0.46], less than the yuan it costs. "
                + "More profit in 0% of replications.", s);
        assertFalse(s.contains("better"), s);
    }

    @Test
    void aProfitablePlanEarnsAndItsSpendPaysForItself() {
        Incremental b = plan(new Diff(9_000, 8_000, 10_000, 1.0), new Diff(3_000, 2_900, 3_100, 0.0),
                new Diff(4.0, 3.5, 4.5, Double.NaN), "");
        assertEquals("B earns 9,000 yuan more profit [8,000, 10,000] than A and raises GMV by 1.5% [1.2%, 1.8%]; "
                + "each extra yuan spent returns 4.00 yuan of gross margin [3.50, 4.50], more than the yuan it costs. "
                + "More profit in 100% of replications.", EN.economics(b));
    }

    @Test
    void wordsAndSignsAgree() {
        Estimate base = new Estimate("profit", "A", 700_000, 690_000, 710_000, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        Estimate b = new Estimate("profit", "B", 693_467, 680_000, 705_000, -6_533, -10_132, -2_933, 0.05);
        assertEquals("B lowers profit by 6,533 yuan [2,933, 10,132] compared with A, higher in 5% of replications",
                EN.sentence(b, base));
        Estimate gmvBase = new Estimate("gmv", "A", 1_000_000, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        Estimate gmv = new Estimate("gmv", "B", 970_000, 0, 0, -30_000, -35_000, -25_000, 0.0);
        assertEquals("B lowers GMV by 3.0% [2.5%, 3.5%] compared with A, higher in 0% of replications", EN.sentence(gmv, gmvBase));
        Estimate unclear = new Estimate("gmv", "B", 1_001_000, 0, 0, 4_000, -3_000, 11_000, 0.6);
        assertEquals("B does not clearly change GMV (+0.4% [-0.3%, +1.1%]) compared with A, higher in 60% of replications",
                EN.sentence(unclear, gmvBase));
        Incremental loss = plan(new Diff(-6_533, -10_132, -2_933, 0.05), new Diff(10_283, 10_000, 10_566, 0.0), NO_SHARE, "");
        String words = EN.economics(loss);
        assertTrue(words.startsWith("B loses 6,533 yuan of profit [2,933, 10,132] against A although"), words);
    }

    @Test
    void noRatioWhenThePlanDoesNotClearlySpendMore() {
        Incremental cheaper = plan(new Diff(5_000, 4_000, 6_000, 1.0), new Diff(-1_250, -1_300, -1_200, 1.0), Diff.NONE,
                Incremental.SPEND_LOWER);
        assertEquals("B earns 5,000 yuan more profit [4,000, 6,000] than A and raises GMV by 1.5% [1.2%, 1.8%]; it spends "
                + "1,250 yuan less [1,200, 1,300] than A, so there is no incremental ROI to give. More profit in 100% of "
                + "replications.", EN.economics(cheaper));
        Incremental same = plan(new Diff(3_700, 2_000, 5_400, 0.9), new Diff(50, -80, 180, 0.4), Diff.NONE,
                Incremental.SPEND_NOT_CLEARLY_HIGHER);
        assertEquals("B earns 3,700 yuan more profit [2,000, 5,400] than A and raises GMV by 1.5% [1.2%, 1.8%]; it does not "
                + "clearly spend more (+50 yuan [-80, +180]), so there is no incremental ROI to give. More profit in 90% of "
                + "replications.", EN.economics(same));
    }

    @Test
    void unclearChangesKeepTheirSigns() {
        Incremental b = new Incremental("B", "A", 1_000_000, new Diff(1_000, -3_000, 5_000, 0.6), Diff.NONE,
                new Diff(2_000, 1_900, 2_100, 0.0), new Diff(-1_750, -2_800, 300, 0.1), new Diff(0.125, -0.4, 0.65, Double.NaN), "");
        assertEquals("B does not clearly change profit against A (-1,750 yuan [-2,800, +300]); it does not clearly change GMV "
                + "(+0.1% [-0.3%, +0.5%]); each extra yuan spent returns 0.13 yuan of gross margin [-0.40, 0.65], less than "
                + "the yuan it costs. More profit in 10% of replications.", EN.economics(b));
        Incremental gmvUp = plan(new Diff(-1_750, -2_800, 300, 0.1), new Diff(5_500, 5_400, 5_600, 0.0), NO_SHARE, "");
        String but = EN.economics(gmvUp);
        assertTrue(but.startsWith("B does not clearly change profit against A (-1,750 yuan [-2,800, +300]) but raises GMV by "
                + "1.5% [1.2%, 1.8%]; "), but);
    }

    @Test
    void aFolderWithoutTheRatioLeavesItOut() {
        Incremental old = plan(new Diff(-39_829, -48_455, -31_204, 0.0), new Diff(43_579, 43_500, 43_658, 0.0), Diff.NONE,
                Incremental.NOT_COMPUTED);
        assertEquals("B loses 39,829 yuan of profit [31,204, 48,455] against A although it raises GMV by 1.5% [1.2%, 1.8%]. "
                + "More profit in 0% of replications.", EN.economics(old));
    }

    @Test
    void theMostProfitablePlanComesFirstAndChineseSaysTheSame() {
        Incremental loser = plan(new Diff(-39_829, -48_455, -31_204, 0.0), new Diff(43_579, 43_500, 43_658, 0.0), NO_SHARE, "");
        Incremental winner = new Incremental("C", "A", 1_000_000, new Diff(200_000, 190_000, 210_000, 1.0),
                new Diff(50_000, 47_500, 52_500, 1.0), new Diff(20_000, 19_900, 20_100, 0.0),
                new Diff(30_000, 27_000, 33_000, 1.0), new Diff(2.5, 2.3, 2.7, Double.NaN), "");
        List<String> lines = EN.economics(List.of(loser, winner));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("C earns 30,000 yuan more profit [27,000, 33,000] than A and raises GMV by 20.0%"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("B loses"), lines.get(1));
        assertEquals("B 的利润比 A 少 39,829 元 [31,204, 48,455]，尽管它使销售额（GMV）提高 1.5% [1.2%, 1.8%]；每多花 1 元活动费用带来 "
                + "0.42 元毛利 [0.38, 0.46]，不足以收回这 1 元。在 0% 的重复模拟中利润更高。",
                new Verdicts(new Messages(Lang.ZH)).economics(loser));
    }
}
