package shequn.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import shequn.scenario.Group;

/** A campaign fired in a group more than about weekly wears out: 1 / (1 + excess / wear_out). */
class NoveltyTest {

    static GroupState group() {
        return new GroupState(0, new Group("g", null, null, null, null, 10, null, null, null, null, null, null, null), 0);
    }

    @Test
    void weeklyStaysFreshDailyWearsOut() {
        GroupState g = group();
        double weekly = 1;
        for (int day = 0; day < 365; day += 7) {
            weekly = g.novelty(0, day, 4.5, 4);
        }
        assertEquals(1.0, weekly); // a tally of 1 / (e^(7/30) − 1) = 3.8 firings, below 4.5
        double daily = 1;
        for (int day = 0; day < 365; day++) {
            daily = g.novelty(1, day, 4.5, 4);
        }
        double tally = 1 / (Math.exp(1 / 30.0) - 1); // the steady tally before today's firing
        assertEquals(1 / (1 + (tally - 4.5) / 4), daily, 1e-3);
    }

    @Test
    void campaignsWearOutApart() {
        GroupState g = group();
        for (int i = 0; i < 10; i++) {
            g.novelty(2, 0, 4.5, 4);
        }
        assertEquals(1 / (1 + (10 - 4.5) / 4), g.novelty(2, 0, 4.5, 4), 1e-12);
        assertEquals(1.0, g.novelty(0, 0, 4.5, 4));
    }
}
