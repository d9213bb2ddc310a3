package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.groups.MemberStatus;
import shequn.groups.Membership;
import shequn.network.SocialGraph;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Group building, 顾客推荐: members invite a friend; strong ties accept more readily than
 * acquaintances. Members need no manager for it, and it is no message in the group.
 *
 * @param rate     share of members who invite a friend, per firing
 * @param unitCost yuan reward per friend who joins (and per group per firing)
 */
public record Referral(Double rate, Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("referral", Step.BUILD, 1, "yuan reward per friend who joins",
            new Intensity("rate", Scale.SHARE), Response.class);

    public Referral {
        rate = rate == null ? 0.05 : rate;
        unitCost = unitCost == null ? 5.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.share("rate", rate);
        PaysUnitCost.super.check(c);
    }

    @Override
    public void fire(World w, int c) {
        for (GroupState g : w.groups) {
            if (Reach.targets(w, w.plan.get(c), g) && Reach.open(w, c, g, unitCost, false, false)) {
                invite(w, c, g);
            }
        }
    }

    private void invite(World w, int c, GroupState g) {
        MersenneTwisterFast rng = w.rng;
        SocialGraph ties = w.ties;
        for (int k = 0; k < g.size; k++) {
            int a = g.members[k];
            if (MemberStatus.muted(g.engagement[k]) || rng.nextDouble() >= rate || ties.degree(a) == 0) {
                continue;
            }
            int slot = ties.start(a) + rng.nextInt(ties.degree(a));
            int friend = ties.neighbour(slot);
            double weak = w.scenario.levers().of(Response.class).weakAccept();
            double accept = w.behaviour.acceptInvite() * (ties.type(slot) == SocialGraph.STRONG ? 1.0 : weak);
            if (Reach.joinable(w, friend, g) && rng.nextDouble() < accept && w.plan.pay(c, unitCost)) {
                w.makeAware(friend);
                Membership.join(w, friend, g.index);
            }
        }
    }

    /**
     * @param weakAccept invitations from an acquaintance accepted, relative to one from a close friend
     */
    public record Response(Double weakAccept) implements LeverResponse {
        public Response {
            weakAccept = weakAccept == null ? 0.5 : weakAccept;
        }

        @Override
        public void check(Checks c, String at) {
            c.share(at + "weak_accept", weakAccept);
        }
    }
}
