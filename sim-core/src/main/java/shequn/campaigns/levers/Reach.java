package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupLife;
import shequn.groups.MemberStatus;
import shequn.groups.Membership;
import shequn.kols.KolState;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.scenario.Campaign;
import shequn.stores.StoreState;
import shequn.world.GroupState;
import shequn.world.World;

/** What levers share: whom a campaign targets, who reads a push, and how a push lands. */
final class Reach {
    private Reach() {
    }

    static boolean targets(Campaign campaign, StoreState s) {
        return campaign.store() == null || campaign.store().equals(s.spec.id());
    }

    /** Whether a group-level campaign reaches group g: named, or every group of its stores. */
    static boolean targets(World w, Campaign campaign, GroupState g) {
        if (campaign.group() != null) {
            return campaign.group().equals(g.spec.id());
        }
        return targets(campaign, w.stores[g.store]);
    }

    /**
     * Opens a firing in group g: the group has members, someone runs it ({@code managed}: posting and
     * pruning are the manager's work — seed 001: groups without someone in charge fall into chaos),
     * and the campaign can pay {@code cost}. A post ({@code pushes}) is one more message in the group,
     * drawing on members' attention (GroupLife.load).
     */
    static boolean open(World w, int c, GroupState g, double cost, boolean managed, boolean pushes) {
        if (g.size == 0 || managed && !g.spec.manager() || !w.plan.pay(c, cost)) {
            return false;
        }
        if (pushes) {
            g.pushesToday++;
        }
        return true;
    }

    /**
     * A manager's post in every group the campaign targets, paying {@code cost} per group ({@link #open}):
     * the firing of emotion, product, content and red-packet campaigns.
     */
    static void postInGroups(World w, int c, double cost, java.util.function.Consumer<GroupState> post) {
        for (GroupState g : w.groups) {
            if (targets(w, w.plan.get(c), g) && open(w, c, g, cost, true, true)) {
                g.freshness = g.novelty(c, w.day, w.behaviour.pushTolerance(), w.behaviour.pushWearOut());
                post.accept(g);
                g.freshness = 1;
            }
        }
    }

    /**
     * Calls back for each member who reads a push today (active always, lurkers sometimes). What a reader
     * takes from it is their relevance times the group's attention share: in a group flooded with
     * messages each one is worth less (diminishing returns to frequency).
     */
    static void forReaders(World w, GroupState g, ReaderAction action) {
        MersenneTwisterFast rng = w.rng;
        for (int k = 0; k < g.size; k++) {
            int i = g.members[k];
            if (!w.people.gone[i] && rng.nextDouble() < MemberStatus.readChance(g.engagement[k])) {
                action.read(k, i, GroupLife.relevance(w.people, i, g, w.scenario.engagement()) * g.attentionShare
                        * g.freshness);
            }
        }
    }

    interface ReaderAction {
        /** @param weight the reader's relevance of the group times its attention share */
        void read(int slot, int consumer, double weight);
    }

    /**
     * A push lifts a member's engagement while members have attention for it, lifts it less as the
     * group's messages pass what members read, and annoys — lowers it — once they are more than 1.5 times
     * that (seed 001: 打扰). The factor is {@code 1 − 2 × overload}, overload = (messages − attention) /
     * attention = 1 / share − 1: 1 with room to spare, 0 at 1.5× the attention, −1 at twice (and below).
     */
    static void boost(GroupState g, int k, double by) {
        double welcome = welcome(g.attentionShare);
        // a worn-out push lifts engagement less; an unwelcome one annoys as much, fresh or not
        double e = g.engagement[k] + by * welcome * (welcome > 0 ? g.freshness : 1);
        g.engagement[k] = (float) Math.max(0, Math.min(1, e));
    }

    /** How welcome a push is, from the group's attention share: {@code max(−1, 3 − 2 / share)}, at most 1. */
    static double welcome(double attentionShare) {
        if (attentionShare >= 1) {
            return 1;
        }
        return attentionShare <= 0.5 ? -1 : 3 - 2 / attentionShare;
    }

    static KolState kolOf(World w, Campaign campaign) {
        int k = campaign.kol() == null ? 0 : w.scenario.kolIndex(campaign.kol());
        return w.kols[k];
    }

    /**
     * Hires campaign c's KOL for today at {@code fee} and records the appearance (followers tire of a KOL
     * who appears often: {@link KolState#appear}); null when the campaign cannot pay. A KOL who is one of
     * the consumers knows the store they work with, and their appearances make one word-of-mouth cascade.
     */
    static KolState hire(World w, int c, java.util.function.ToDoubleFunction<shequn.scenario.Kol> fee, double wearOut) {
        KolState kol = kolOf(w, w.plan.get(c));
        if (!w.plan.pay(c, fee.applyAsDouble(kol.spec))) {
            return null;
        }
        kol.appear(w.day, wearOut);
        if (kol.cascade < 0) {
            kol.cascade = w.startCascade(kol.index);
            if (kol.person >= 0 && w.makeAware(kol.person)) {
                w.people.cascade[kol.person] = kol.cascade;
            }
        }
        return kol;
    }

    /**
     * Shared by KOL posts and livestreams: a KOL's message reaching consumer i. One who hears of the store
     * for the first time joins the KOL's cascade; with chance {@code share} × their share propensity × fit ×
     * the KOL's freshness they pass it on to their own ties tomorrow (word of mouth from a follower).
     */
    static void kolContact(World w, KolState kol, int i, double strength, double share) {
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        double fit = kol.fit(c, i);
        w.hearFirst(i, kol.cascade);
        w.contact(i, b.kolGain() * kol.spec.credibility() * fit * strength);
        w.today.kolReach++;
        if (share > 0 && w.rng.nextDouble() < share * c.sharePropensity[i] * fit * kol.freshness()) {
            if (c.cascade[i] < 0) {
                c.cascade[i] = kol.cascade; // aware before, but talks of the store now because of the KOL
            }
            w.sharersTomorrow.add(i);
        }
    }

    static boolean joinable(World w, int i, GroupState g) {
        return !w.people.gone[i] && !g.full() && Membership.fits(w.people, i, g.spec) && !w.people.inGroup(i, g.index);
    }
}
