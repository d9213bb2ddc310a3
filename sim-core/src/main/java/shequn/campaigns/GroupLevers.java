package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupState;
import shequn.groups.MemberStatus;
import shequn.groups.Membership;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.world.World;

/** The levers that act inside a group (seed 001's activation rules, referral and pruning). */
final class GroupLevers {
    /** A coupon stays valid this many days. */
    static final int COUPON_DAYS = 14;
    /** A product push keeps the new item in front of members this many days. */
    static final int PRODUCT_DAYS = 7;
    /** Red packets split into at most this many shares; late readers get nothing. */
    static final int RED_PACKET_SHARES = 40;

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
            double accept = w.behaviour.acceptInvite() * (ties.type(slot) == SocialGraph.STRONG ? 1.0 : 0.5);
            if (Levers.joinable(w, friend, g) && rng.nextDouble() < accept && w.plan.pay(c, unitCost)) {
                w.people.everAware[friend] = true;
                Membership.join(w, friend, g.index);
            }
        }
    }

    /** 情感激活: greetings and care raise engagement and the tie itself. */
    static void emotion(World w, GroupState g) {
        double gain = 4 * w.behaviour.groupGain();
        Levers.forReaders(w, g, (k, i, r) -> {
            w.contact(i, gain * r);
            Levers.boost(g, k, 0.05);
        });
    }

    /**
     * 商品激活: a new, unusual item — members come to see it, buy a bit more, and many make it their
     * pick. The store pushes the same item in all its groups, which is how hits are made (打造爆品).
     */
    static void product(World w, GroupState g) {
        Behaviour b = w.behaviour;
        MersenneTwisterFast rng = w.rng;
        g.productUntil = w.day + PRODUCT_DAYS;
        g.hero = w.stores[g.store].heroOf(w.day, rng);
        Levers.forReaders(w, g, (k, i, r) -> {
            w.contact(i, 2 * b.groupGain() * r);
            if (rng.nextDouble() < 3 * b.exposureVisit() * r) {
                w.trigger(i);
            }
        });
    }

    /** 内容激活: posts and short video — contact, engagement, and content people pass on. */
    static void content(World w, GroupState g) {
        Behaviour b = w.behaviour;
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        Levers.forReaders(w, g, (k, i, r) -> {
            w.contact(i, 2 * b.groupGain() * r);
            Levers.boost(g, k, 0.03);
            if (rng.nextDouble() < 2 * c.sharePropensity[i] * r) {
                w.sharersTomorrow.add(i);
            }
        });
    }

    /** 红包激活: wakes the group for a moment; people who only grab become freeloaders. */
    static void redPacket(World w, GroupState g, double amount) {
        MersenneTwisterFast rng = w.rng;
        int shares = Math.min(RED_PACKET_SHARES, g.size);
        double perShare = amount / shares;
        double gain = 3 * w.behaviour.groupGain() * Math.min(1, perShare / 2);
        int grabbed = 0;
        int start = rng.nextInt(g.size); // members see the packet in no particular order
        for (int k = 0; k < g.size && grabbed < shares; k++) {
            int slot = (start + k) % g.size;
            float e = g.engagement[slot];
            double grabChance = MemberStatus.muted(e) ? 0.1 : MemberStatus.readChance(e);
            if (rng.nextDouble() < grabChance) {
                grabbed++;
                g.grabs[slot]++;
                Levers.boost(g, slot, 0.15);
                w.contact(g.members[slot], gain);
                w.today.redPacketGrabs++;
            }
        }
    }

    /** A coupon to every reader; it prompts some visits and is paid for when redeemed. */
    static void coupon(World w, int campaign, GroupState g) {
        double discount = w.plan.get(campaign).discount();
        Behaviour b = w.behaviour;
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        Levers.forReaders(w, g, (k, i, r) -> {
            c.coupon[i] = campaign;
            c.couponExpiry[i] = w.day + COUPON_DAYS;
            if (rng.nextDouble() < b.exposureVisit() * (1 + 10 * discount) * r) {
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
                    w.groups[vip].engagement[w.groups[vip].size - 1] = 0.8f;
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
