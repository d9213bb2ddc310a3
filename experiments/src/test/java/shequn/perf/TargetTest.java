package shequn.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How {@code shequn bench} judges a row against the target. */
class TargetTest {
    @Test
    void boundsAreInclusiveAndNaNMeetsNothing() {
        Target time = Target.atMost("≤ 3 s wall", 3);
        assertEquals("target ≤ 3 s wall: met", time.judge(3.0, true));
        assertEquals("target ≤ 3 s wall: not met", time.judge(3.01, true));
        assertEquals("target ≤ 3 s wall: not met", time.judge(Double.NaN, true));
        Target efficiency = McTarget.EFFICIENCY;
        assertEquals("target efficiency ≥ 0.85: met", efficiency.judge(0.85, true));
        assertEquals("target efficiency ≥ 0.85: not met", efficiency.judge(0.84, true));
    }

    @Test
    void quickSizesJudgeNothing() {
        assertEquals("target ≤ 40 s wall: (quick sizes: target not applicable)", BenchSuite.LARGE_TIME.judge(1, false));
    }

    @Test
    void theFullModelTargetIsTwiceTheSpeedMeasuredAtAb986b3() {
        assertEquals(52.6e6, BenchSuite.DAY_STEP_SPEED.bound(), 1);
        assertEquals("target ≥ 52.6 M agent-days/s by CPU (2 × 26.3 M at ab986b3): not met",
                BenchSuite.DAY_STEP_SPEED.judge(52.5e6, true));
    }

    @Test
    void theMonteCarloTargetIsProjectedToAThousandReplications() {
        McTarget mc = new McTarget(null);
        McTarget.Timed one = new McTarget.Timed(20, new byte[] {1}, new byte[] {2});
        McTarget.Timed all = new McTarget.Timed(5, new byte[] {1}, new byte[] {2});
        McTarget.Pair p = new McTarget.Pair(2, one, all);
        assertEquals(2.0, p.efficiency(), 1e-12);
        String note = mc.targetNote(p, 100, true);
        assertEquals(true, note.startsWith("projected 50.0 s for 1,000 reps; target ≤ 60 s on 2 cores: met"), note);
        assertEquals(true, note.endsWith("same results: yes; target efficiency ≥ 0.85: met"), note);
    }
}
