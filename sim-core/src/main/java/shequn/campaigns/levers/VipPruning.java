package shequn.campaigns.levers;

import shequn.groups.MemberStatus;
import shequn.groups.Membership;
import shequn.population.Consumers;
import shequn.scenario.Campaign;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Operating, 定期调整: members who buy often and trust the store move to the store's VIP group;
 * freeloaders (grab red packets, never buy) and the long muted are dropped. Prunes every non-VIP
 * group of its stores (or the group it names); it is the manager's work but no message.
 *
 * @param unitCost yuan per group pruned
 */
public record VipPruning(Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("vip_pruning", Step.OPERATE, 30, "yuan per pruning",
            Intensity.FREQUENCY, Response.class);

    public VipPruning {
        unitCost = unitCost == null ? 50.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    /** Pruning moves valuable members into a VIP group, so the store must run one. */
    @Override
    public void check(CampaignCheck c) {
        PaysUnitCost.super.check(c);
        if (!c.targetsKnown()) {
            return;
        }
        String store = c.targetStore();
        boolean found = c.scenario().groups().stream()
                .anyMatch(g -> g.vip() && (store == null || c.storeOf(g).equals(store)));
        if (!found) {
            c.fail("lever", "vip_pruning needs a group with vip: true"
                    + (store == null ? "" : " in store '" + store + "'") + " to move valuable members into");
        }
    }

    @Override
    public void fire(World w, int c) {
        Campaign campaign = w.plan.get(c);
        for (GroupState g : w.groups) {
            boolean aimed = campaign.group() != null || !g.spec.vip();
            if (aimed && Reach.targets(w, campaign, g) && Reach.open(w, c, g, unitCost, true, false)) {
                prune(w, g);
            }
        }
    }

    private static void prune(World w, GroupState g) {
        Consumers c = w.people;
        int vip = vipGroupOf(w, g.store);
        int window = w.behaviour.repeatWindow();
        for (int k = g.size - 1; k >= 0; k--) {
            int i = g.members[k];
            boolean valuable = c.prevBuy[i] >= w.day - window && c.tie[i] >= w.behaviour.weakThreshold();
            boolean freeloader = g.grabs[k] > 0 && c.lastBuy[i] < w.day - 2 * window;
            boolean longMuted = MemberStatus.muted(g.engagement[k]) && g.joinedOn[k] < w.day - window;
            if (valuable && vip >= 0 && !w.groups[vip].full()) {
                Membership.leave(w, g.index, k);
                if (Membership.join(w, i, vip)) {
                    w.groups[vip].engagement[w.groups[vip].size - 1] = w.scenario.levers().of(Response.class).vipEngagement().floatValue();
                }
            } else if (freeloader || longMuted) {
                Membership.leave(w, g.index, k);
            }
        }
    }

    private static int vipGroupOf(World w, int store) {
        for (GroupState g : w.groups) {
            if (g.spec.vip() && g.store == store) {
                return g.index;
            }
        }
        return -1;
    }

    /**
     * @param vipEngagement engagement of a member moved into the VIP group (the welcome)
     */
    public record Response(Double vipEngagement) implements LeverResponse {
        public Response {
            vipEngagement = vipEngagement == null ? 0.8 : vipEngagement;
        }

        @Override
        public void check(Checks c, String at) {
            c.share(at + "vip_engagement", vipEngagement);
        }
    }
}
