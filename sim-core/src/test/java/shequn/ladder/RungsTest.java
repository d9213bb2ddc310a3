package shequn.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.WorldBuilder;
import shequn.population.Ladder;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

/**
 * A tie left alone decays by 1 − tie_decay a day, and its rung drops on the first evening it is below
 * the threshold — though nobody touches the consumer: the day was booked when it was last read.
 * Two consumers, no network, nothing else happening.
 */
class RungsTest {

    @Test
    void anUntouchedTieDropsARungOnTheBookedEvening() throws Exception {
        String yaml = "days: 200\npopulation: {consumers: 2, aware: 0, turnover: 0, loyalty: 0.0001}\nnetwork: {type: none}\n"
                + "behaviour: {tie_decay: 0.05, aware_threshold: 0.01, weak_threshold: 0.2, strong_threshold: 0.6,"
                + " advocate_threshold: 0.8, discovery: 0, competitor_pull: 0}\n";
        World w = WorldBuilder.build(ScenarioLoader.parse(yaml, "t.yaml", Path.of("."), List.of()), 1, Path.of("."),
                new MersenneTwisterFast(1));
        w.people.tie[0] = 0.9f;
        w.people.everAware[0] = true;
        float s = 0.9f;
        int[] firstBelow = new int[3]; // advocate, strong, weak
        java.util.Arrays.fill(firstBelow, -1);
        float[] thresholds = {0.8f, 0.6f, 0.2f};
        for (int day = 0; day < 60; day++) {
            w.day = day;
            TieUpdate.step(w);
            s *= 0.95f;
            assertEquals(s, w.people.tie[0], 0f, "the same float decay, day " + day);
            for (int k = 0; k < 3; k++) {
                if (firstBelow[k] < 0 && s < thresholds[k]) {
                    firstBelow[k] = day;
                }
            }
            byte rung = s >= 0.6f ? Ladder.STRONG : s >= 0.2f ? Ladder.WEAK : Ladder.AWARE;
            assertEquals(rung, w.people.ladder[0], "rung on day " + day);
            assertEquals(s >= 0.8f, w.people.advocate[0], "advocate on day " + day);
            assertEquals(1, w.census.ladder[rung], "head count on day " + day);
            assertEquals(1, w.census.ladder[Ladder.NONE], "the other consumer never heard of the store");
        }
        // 0.9 × 0.95^t: below 0.8 from t = 3 (day 2), below 0.6 from t = 8, below 0.2 from t = 30
        assertEquals(List.of(2, 7, 29), List.of(firstBelow[0], firstBelow[1], firstBelow[2]));
    }
}
