package shequn.campaigns.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import shequn.scenario.Group;
import shequn.scenario.LeverResponses;
import shequn.world.GroupState;

/** The shapes every lever response is built from: saturation, and attention that turns pushes into annoyance. */
class LeverResponseTest {

    @Test
    void saturationIsZeroHalfAndTowardsOne() {
        assertEquals(0.0, LeverResponses.saturation(0, 1.5));
        assertEquals(0.5, LeverResponses.saturation(1.5, 1.5), 1e-12);
        assertEquals(10.0 / 11.5, LeverResponses.saturation(10, 1.5), 1e-12);
        // diminishing returns: each extra yuan per share adds less, but always something (no wall)
        double a = LeverResponses.saturation(2, 1.5) - LeverResponses.saturation(1, 1.5);
        double b = LeverResponses.saturation(3, 1.5) - LeverResponses.saturation(2, 1.5);
        assertEquals(true, b < a && b > 0);
    }

    @Test
    void aPushLiftsEngagementWithAttentionToSpareAndLowersItWhenFlooded() {
        GroupState g = new GroupState(0, group(), 0);
        g.engagement[0] = 0.5f;
        g.attentionShare = 1;
        Reach.boost(g, 0, 0.1);
        assertEquals(0.6f, g.engagement[0], 1e-6);
        g.attentionShare = 1 / 1.5; // messages 1.5 times the attention: a push neither helps nor hurts
        Reach.boost(g, 0, 0.1);
        assertEquals(0.6f, g.engagement[0], 1e-6);
        g.attentionShare = 0.8; // overload 0.25: half the lift
        Reach.boost(g, 0, 0.1);
        assertEquals(0.65f, g.engagement[0], 1e-6);
        g.attentionShare = 0.25; // four times: the push annoys with its whole size
        Reach.boost(g, 0, 0.1);
        assertEquals(0.55f, g.engagement[0], 1e-6);
    }

    @Test
    void engagementStaysInTheUnitInterval() {
        GroupState g = new GroupState(0, group(), 0);
        g.engagement[0] = 0.01f;
        g.attentionShare = 0;
        Reach.boost(g, 0, 0.5);
        assertEquals(0f, g.engagement[0]);
    }

    static Group group() {
        return new Group("g", null, null, null, null, 10, null, null, null, null, null, null, null);
    }
}
