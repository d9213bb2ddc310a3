package shequn.campaigns.levers;

import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * Activation: the mini-program, order online and pick up or deliver (O+O). The lever keeps it live
 * for the day; shopping moves linked customers' trips online and wins back orders.
 *
 * @param unitCost yuan per day live
 */
public record MiniProgram(Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("mini_program", Step.ACTIVATE, 1, "yuan per day live",
            Intensity.PRESENCE, Response.class);

    public MiniProgram {
        unitCost = unitCost == null ? 40.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void fire(World w, int c) {
        for (StoreState s : w.stores) {
            if (Reach.targets(w.plan.get(c), s)) {
                s.miniProgramToday = w.plan.pay(c, unitCost);
            }
        }
    }

    /**
     * Besides moving linked customers' trips online, the mini-program wins orders the store would not
     * get: of a linked household's needs that would go to a competitor, this share (times
     * {@code 0.5 + distance}: far households gain most from delivery) is ordered online instead.
     *
     * @param capture      share of needs lost to competitors that ordering online wins back
     * @param deliveryCost yuan per online order (picking, packing, delivery), an operating cost
     */
    public record Response(Double capture, Double deliveryCost) implements LeverResponse {
        public Response {
            capture = capture == null ? 0.15 : capture;
            deliveryCost = deliveryCost == null ? 4.0 : deliveryCost;
        }

        @Override
        public void check(Checks c, String at) {
            c.share(at + "capture", capture);
            c.atLeast(at + "delivery_cost", deliveryCost, 0);
        }
    }
}
