package shequn.campaigns.levers;

import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Activation, 情感激活: emotional posts (greetings, care, recognition) raise engagement and the tie itself.
 *
 * @param unitCost yuan per group per firing
 */
public record Emotion(Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("emotion", Step.ACTIVATE, 7, "yuan per group per firing",
            Intensity.FREQUENCY, Response.class);

    public Emotion {
        unitCost = unitCost == null ? 20.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void fire(World w, int c) {
        Reach.postInGroups(w, c, unitCost, g -> post(w, g));
    }

    private static void post(World w, GroupState g) {
        Response e = w.scenario.levers().of(Response.class);
        double gain = e.gain();
        double boost = e.boost();
        Reach.forReaders(w, g, (k, i, r) -> {
            w.contact(i, gain * r);
            Reach.boost(g, k, boost);
        });
    }

    /**
     * @param gain  tie strength a reader gains from one firing, times the group's relevance to them
     * @param boost engagement a reader gains (the group feels warmer)
     */
    public record Response(Double gain, Double boost) implements LeverResponse {
        public Response {
            gain = gain == null ? 0.048 : gain;
            boost = boost == null ? 0.05 : boost;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "gain", gain, 0);
            c.share(at + "boost", boost);
        }
    }
}
