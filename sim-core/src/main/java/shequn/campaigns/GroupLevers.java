package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupState;
import shequn.groups.MemberStatus;
import shequn.groups.Membership;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.LeverResponses;
import shequn.world.World;

/** The levers that act inside a group (seed 001's activation rules, referral and pruning). */
final class GroupLevers {
    private GroupLevers() {
    }

    /** 顾客推荐: members invite a friend; strong ties accept more readily than acquaintances. */
    static void referral(World w, int c, GroupState g) {
        MersenneTwisterFast rng = w.rng;
        SocialGraph ties = w.ties;
        double rate = w.plan.get(c).rate();
        double unitCost = w.plan.get(c).unitCost();
        for (int k = 0; k < g.size; k++) {
            int a = g.members[k];
            if (MemberStatus.muted(g.engagement[k]) || rng.nextDouble() >= rate || ties.degree(a) == 0) {
                continue;
            }
            int slot = ties.start(a) + rng.nextInt(ties.degree(a));
            int friend = ties.neighbour(slot);
            double weak = w.scenario.levers().referral().weakAccept();
            double accept = w.behaviour.acceptInvite() * (ties.type(slot) == SocialGraph.STRONG ? 1.0 : weak);
            if (Levers.joinable(w, friend, g) && rng.nextDouble() < accept && w.plan.pay(c, unitCost)) {
                w.people.everAware[friend] = true;
                Membership.join(w, friend, g.index);
            }
        }
    }

    /** 情感激活: greetings and care raise engagement and the tie itself. */
    static void emotion(World w, GroupState g) {
        LeverResponses.Emotion e = w.scenario.levers().emotion();
        double gain = e.gain();
        double boost = e.boost();
        Levers.forReaders(w, g, (k, i, r) -> {
            w.contact(i, gain * r);
            Levers.boost(g, k, boost);
        });
    }

    /**
     * 商品激活: a new, unusual item — members come to see it, buy a bit more, and many make it their
     * pick. The store pushes the same item in all its groups, which is how hits are made (打造爆品).
     */
    static void product(World w, GroupState g) {
        LeverResponses.Product p = w.scenario.levers().product();
        MersenneTwisterFast rng = w.rng;
        g.productUntil = w.day + p.days();
        g.hero = w.stores[g.store].heroOf(w.day, rng);
        Levers.forReaders(w, g, (k, i, r) -> {
            w.contact(i, p.gain() * r);
            if (rng.nextDouble() < p.visit() * r) {
                w.trigger(i);
            }
        });
    }

    /** 内容激活: posts and short video — contact, engagement, and content people pass on. */
    static void content(World w, GroupState g) {
        LeverResponses.Content p = w.scenario.levers().content();
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        Levers.forReaders(w, g, (k, i, r) -> {
            w.contact(i, p.gain() * r);
            Levers.boost(g, k, p.boost());
            if (rng.nextDouble() < p.share() * c.sharePropensity[i] * r) {
                w.sharersTomorrow.add(i);
            }
        });
    }

    /**
     * 红包激活: wakes the group for a moment; people who only grab become freeloaders. What a grab is
     * worth saturates with the yuan per share (no wall: a bigger packet always helps a little less).
     */
    static void redPacket(World w, GroupState g, double amount, int maxShares) {
        LeverResponses.RedPacket p = w.scenario.levers().redPacket();
        MersenneTwisterFast rng = w.rng;
        int shares = Math.min(maxShares, g.size);
        double perShare = amount / shares;
        // what a share is worth sets all of the packet's pull: the tie gained, the wake-up, who still grabs
        double worth = LeverResponses.saturation(perShare, p.halfShare());
        double gain = p.gain() * worth * g.attentionShare;
        int grabbed = 0;
        int start = rng.nextInt(g.size); // members see the packet in no particular order
        for (int k = 0; k < g.size && grabbed < shares; k++) {
            int slot = (start + k) % g.size;
            float e = g.engagement[slot];
            double grabChance = MemberStatus.muted(e) ? p.mutedGrab() * worth : MemberStatus.readChance(e);
            if (rng.nextDouble() < grabChance) {
                grabbed++;
                g.grabs[slot]++;
                Levers.boost(g, slot, p.boost() * worth);
                w.contact(g.members[slot], gain);
                w.today.redPacketGrabs++;
            }
        }
    }

    /** A coupon to every reader; it prompts some visits and is paid for when redeemed. */
    static void coupon(World w, int campaign, GroupState g) {
        double discount = w.plan.get(campaign).discount();
        LeverResponses.Coupon p = w.scenario.levers().coupon();
        double visit = w.behaviour.exposureVisit() * (1 + p.pull() * LeverResponses.saturation(discount, p.halfDiscount()));
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        Levers.forReaders(w, g, (k, i, r) -> {
            c.coupon[i] = campaign;
            c.couponExpiry[i] = w.day + p.days();
            if (rng.nextDouble() < visit * r) {
                w.trigger(i);
            }
        });
    }

    /**
     * 定期调整: members who buy often and trust the store move to the store's VIP group;
     * freeloaders (grab red packets, never buy) and the long muted are dropped.
     */
    static void prune(World w, GroupState g) {
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
                    w.groups[vip].engagement[w.groups[vip].size - 1] = w.scenario.levers().vipPruning().vipEngagement().floatValue();
                }
            } else if (freeloader || longMuted) {
                Membership.leave(w, g.index, k);
            }
        }
    }

    static int vipGroupOf(World w, int store) {
        for (GroupState g : w.groups) {
            if (g.spec.vip() && g.store == store) {
                return g.index;
            }
        }
        return -1;
    }
}
