package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupState;
import shequn.population.Consumers;
import shequn.scenario.Campaign;
import shequn.scenario.LeverResponses;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * 活动激活: events in store (tastings, picking trips, parent-child days — capacity-limited, and
 * each attendee is a store visit) or online (no capacity, a weaker contact). Invitations go to
 * the targeted groups' members, or to the store's recent customers when it has no group.
 */
final class Events {
    private Events() {
    }

    static void hold(World w, int c) {
        Campaign campaign = w.plan.get(c);
        for (StoreState s : w.stores) {
            if (Levers.targets(campaign, s)) {
                holdIn(w, c, s);
            }
        }
    }

    static void holdIn(World w, int c, StoreState s) {
        Campaign campaign = w.plan.get(c);
        LeverResponses.Event p = w.scenario.levers().event();
        boolean online = campaign.channel() == Campaign.Channel.ONLINE;
        int capacity = online ? Integer.MAX_VALUE : s.spec.eventCapacity();
        int attended = 0;
        boolean anyGroup = false;
        for (GroupState g : w.groups) {
            if (g.store == s.index && Levers.targets(w, campaign, g)) {
                anyGroup = true;
                if (g.size > 0) {
                    g.pushesToday++; // the invitation is a message in the group
                }
                for (int k = 0; k < g.size && attended < capacity; k++) {
                    double accept = w.behaviour.acceptInvite() * g.engagement[k] * (online ? p.onlineAccept() : 1)
                            * g.attentionShare;
                    if (w.rng.nextDouble() < accept && attend(w, c, g.members[k], online)) {
                        Levers.boost(g, k, p.boost() * (online ? 0.5 : 1));
                        attended++;
                    }
                }
            }
        }
        if (!anyGroup && campaign.group() == null) {
            inviteRecentCustomers(w, c, s, capacity, online);
        }
    }

    static void inviteRecentCustomers(World w, int c, StoreState s, int capacity, boolean online) {
        Consumers people = w.people;
        MersenneTwisterFast rng = w.rng;
        int attended = 0;
        LeverResponses.Event p = w.scenario.levers().event();
        int draws = Math.min(people.n, 20 * Math.min(capacity, 1000));
        for (int d = 0; d < draws && attended < capacity; d++) {
            int i = rng.nextInt(people.n);
            boolean recent = people.lastVisit[i] >= w.day - p.recentDays();
            // a customer without a group hears of the event in store, half as often as a member
            double accept = w.behaviour.acceptInvite() * 0.5 * (online ? p.onlineAccept() : 1);
            if (people.store[i] == s.index && recent && rng.nextDouble() < accept && attend(w, c, i, online)) {
                attended++;
            }
        }
    }

    /** One attendee: pays per head, a strong contact, and (in store) a visit today. */
    static boolean attend(World w, int c, int i, boolean online) {
        if (w.people.gone[i] || !w.plan.pay(c, w.plan.get(c).unitCost())) {
            return false;
        }
        w.contact(i, w.behaviour.eventGain() * (online ? w.scenario.levers().event().onlineGain() : 1));
        w.today.eventAttendees++;
        if (online) {
            w.triggerOnline(i);
        } else {
            w.trigger(i);
        }
        return true;
    }
}
