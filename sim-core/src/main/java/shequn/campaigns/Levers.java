package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupLife;
import shequn.groups.GroupState;
import shequn.groups.MemberStatus;
import shequn.groups.Membership;
import shequn.kols.KolState;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.scenario.Campaign;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * Phase 1: the campaigns that fire today act — group building, the seven activation levers of
 * seed 001, coupons, livestreams, share incentives and pruning. Each pays from its budget first;
 * a lever that cannot pay does not act. Effects are contacts (tie strength), engagement, visits
 * prompted for phase 4, and switches on the store that phase 4 reads (QR code, staff, mini-program).
 */
public final class Levers {
    private Levers() {
    }

    public static void step(World w) {
        for (StoreState s : w.stores) {
            s.resetDay();
        }
        for (int c = 0; c < w.plan.size(); c++) {
            if (w.plan.get(c).firesOn(w.day, w.days)) {
                fire(w, c);
            }
        }
    }

    static void fire(World w, int c) {
        Campaign campaign = w.plan.get(c);
        switch (campaign.lever()) {
            case QR_CODE, STAFF_INVITE, MINI_PROGRAM, SHARE_INCENTIVE -> switchOn(w, c);
            case KOL_POST -> Kols.post(w, c);
            case LIVESTREAM -> Kols.livestream(w, c);
            case EVENT -> Events.hold(w, c);
            default -> {
                for (GroupState g : w.groups) {
                    if (targets(w, campaign, g)) {
                        inGroup(w, c, g);
                    }
                }
            }
        }
    }

    /** Levers that stay on for the day in a store and act when customers come in. */
    static void switchOn(World w, int c) {
        Campaign campaign = w.plan.get(c);
        for (StoreState s : w.stores) {
            if (!targets(campaign, s)) {
                continue;
            }
            switch (campaign.lever()) {
                case QR_CODE -> s.qrToday = w.plan.pay(c, campaign.unitCost());
                case MINI_PROGRAM -> s.miniProgramToday = w.plan.pay(c, campaign.unitCost());
                case STAFF_INVITE -> {
                    if (w.plan.canSpend(c)) { // staff paid per invitation: none without the money
                        s.staffInviteToday = campaign.rate();
                        s.staffInviteCampaign = c;
                    }
                }
                case SHARE_INCENTIVE -> {
                    if (w.plan.canSpend(c)) { // an incentive with nothing left to pay is no incentive
                        s.commissionToday = campaign.commission();
                        s.shareCampaign = c;
                    }
                }
                default -> throw new IllegalStateException(campaign.lever().name());
            }
        }
    }

    static void inGroup(World w, int c, GroupState g) {
        Campaign campaign = w.plan.get(c);
        double cost = switch (campaign.lever()) {
            case RED_PACKET -> campaign.amount();
            case COUPON -> 0; // paid on redemption
            default -> campaign.unitCost();
        };
        // coupons cost nothing to hand out, but a campaign that cannot pay for their discounts hands none out
        boolean funded = campaign.lever() != shequn.scenario.Lever.COUPON || w.plan.canSpend(c);
        if (g.size == 0 || !run(campaign.lever(), g) || !funded || !w.plan.pay(c, cost)) {
            return;
        }
        if (campaign.lever() != shequn.scenario.Lever.VIP_PRUNING && campaign.lever() != shequn.scenario.Lever.REFERRAL) {
            g.pushesToday++; // a message from the store: it draws on members' attention (GroupLife.load)
        }
        switch (campaign.lever()) {
            case REFERRAL -> GroupLevers.referral(w, c, g);
            case EMOTION -> GroupLevers.emotion(w, g);
            case PRODUCT -> GroupLevers.product(w, g);
            case CONTENT -> GroupLevers.content(w, g);
            case RED_PACKET -> GroupLevers.redPacket(w, g, campaign.amount(), w.scenario.levers().redPacket().shares());
            case COUPON -> GroupLevers.coupon(w, c, g);
            case VIP_PRUNING -> GroupLevers.prune(w, g);
            default -> throw new IllegalStateException(campaign.lever().name());
        }
    }

    /**
     * Posting in the group — emotion, products, content, red packets, coupons — and pruning it are the
     * manager's work (seed 001: groups without someone in charge fall into chaos); members' referrals
     * need no manager.
     */
    static boolean run(shequn.scenario.Lever lever, GroupState g) {
        return g.spec.manager() || lever == shequn.scenario.Lever.REFERRAL;
    }

    static boolean targets(Campaign campaign, StoreState s) {
        return campaign.store() == null || campaign.store().equals(s.spec.id());
    }

    /** Whether a group-level campaign reaches group g: named, or every (non-VIP for pruning) group of its stores. */
    static boolean targets(World w, Campaign campaign, GroupState g) {
        if (campaign.group() != null) {
            return campaign.group().equals(g.spec.id());
        }
        if (campaign.lever() == shequn.scenario.Lever.VIP_PRUNING && g.spec.vip()) {
            return false;
        }
        return targets(campaign, w.stores[g.store]);
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
                action.read(k, i, GroupLife.relevance(w.people, i, g, w.scenario.engagement()) * g.attentionShare);
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
        double e = g.engagement[k] + by * welcome(g.attentionShare);
        g.engagement[k] = (float) Math.max(0, Math.min(1, e));
    }

    /** How welcome a push is, from the group's attention share: {@code max(−1, 3 − 2 / share)}, at most 1. */
    static double welcome(double attentionShare) {
        if (attentionShare >= 1) {
            return 1;
        }
        return attentionShare <= 0.5 ? -1 : 3 - 2 / attentionShare;
    }

    /** Shared by KOL posts and livestreams: a KOL's message reaching consumer i. */
    static void kolContact(World w, KolState kol, int i, double strength) {
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        c.everAware[i] = true;
        w.contact(i, b.kolGain() * kol.spec.credibility() * kol.fit(c, i) * strength);
        w.today.kolReach++;
    }

    static boolean joinable(World w, int i, GroupState g) {
        return !w.people.gone[i] && !g.full() && Membership.fits(w.people, i, g.spec) && !w.people.inGroup(i, g.index);
    }
}
