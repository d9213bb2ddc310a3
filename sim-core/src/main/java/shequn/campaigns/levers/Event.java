package shequn.campaigns.levers;

import com.fasterxml.jackson.annotation.JsonProperty;
import ec.util.MersenneTwisterFast;
import shequn.population.Consumers;
import shequn.scenario.Campaign;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.stores.StoreState;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Activation, 活动激活: events in store (tastings, picking trips, parent-child days — capacity-limited,
 * and each attendee is a store visit) or online (no capacity, a weaker contact). Invitations go to
 * the targeted groups' members, or to the store's recent customers when it has no group.
 *
 * @param channel  in store ({@code offline}, capacity-limited) or {@code online}
 * @param unitCost yuan per attendee
 */
public record Event(Channel channel, Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("event", Step.ACTIVATE, 14, "yuan per attendee",
            Intensity.FREQUENCY, Response.class);

    public Event {
        channel = channel == null ? Channel.OFFLINE : channel;
        unitCost = unitCost == null ? 25.0 : unitCost;
    }

    public enum Channel {
        @JsonProperty("offline") OFFLINE,
        @JsonProperty("online") ONLINE
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void fire(World w, int c) {
        Campaign campaign = w.plan.get(c);
        for (StoreState s : w.stores) {
            if (Reach.targets(campaign, s)) {
                holdIn(w, c, s);
            }
        }
    }

    private void holdIn(World w, int c, StoreState s) {
        Campaign campaign = w.plan.get(c);
        Response p = w.scenario.levers().of(Response.class);
        boolean online = channel == Channel.ONLINE;
        int capacity = online ? Integer.MAX_VALUE : s.spec.eventCapacity();
        int attended = 0;
        boolean anyGroup = false;
        for (GroupState g : w.groups) {
            if (g.store == s.index && Reach.targets(w, campaign, g)) {
                anyGroup = true;
                if (g.size > 0) {
                    g.pushesToday++; // the invitation is a message in the group
                }
                for (int k = 0; k < g.size && attended < capacity; k++) {
                    double accept = w.behaviour.acceptInvite() * g.engagement[k] * (online ? p.onlineAccept() : 1)
                            * g.attentionShare;
                    if (w.rng.nextDouble() < accept && attend(w, c, g.members[k], online)) {
                        Reach.boost(g, k, p.boost() * (online ? 0.5 : 1));
                        attended++;
                    }
                }
            }
        }
        if (!anyGroup && campaign.group() == null) {
            inviteRecentCustomers(w, c, s, capacity, online);
        }
    }

    private void inviteRecentCustomers(World w, int c, StoreState s, int capacity, boolean online) {
        Consumers people = w.people;
        MersenneTwisterFast rng = w.rng;
        int attended = 0;
        Response p = w.scenario.levers().of(Response.class);
        int draws = Math.min(people.n, 20 * Math.min(capacity, 1000));
        for (int d = 0; d < draws && attended < capacity; d++) {
            int i = rng.nextInt(people.n);
            boolean recent = people.lastVisit[i] >= w.day - p.recentDays();
            // a customer without a group hears of the event in store, less often than a member
            double accept = w.behaviour.acceptInvite() * p.customerAccept() * (online ? p.onlineAccept() : 1);
            if (people.store[i] == s.index && recent && rng.nextDouble() < accept && attend(w, c, i, online)) {
                attended++;
            }
        }
    }

    /** One attendee: pays per head, a strong contact, and (in store) a visit today. */
    private boolean attend(World w, int c, int i, boolean online) {
        if (w.people.gone[i] || !w.plan.pay(c, unitCost)) {
            return false;
        }
        w.contact(i, w.behaviour.eventGain() * (online ? w.scenario.levers().of(Response.class).onlineGain() : 1));
        w.today.eventAttendees++;
        if (online) {
            w.triggerOnline(i);
        } else {
            w.trigger(i);
        }
        return true;
    }

    /**
     * @param onlineAccept invitations accepted online, relative to in store
     * @param onlineGain   tie strength an online attendee gains, relative to {@code behaviour.event_gain}
     * @param boost        engagement an in-store attendee gains (half of it online)
     * @param recentDays   a store without groups invites customers who visited within this many days
     * @param customerAccept invitations accepted by such a customer (no group), relative to a group member
     */
    public record Response(Double onlineAccept, Double onlineGain, Double boost, Integer recentDays, Double customerAccept)
            implements LeverResponse {
        public Response {
            onlineAccept = onlineAccept == null ? 0.5 : onlineAccept;
            onlineGain = onlineGain == null ? 0.5 : onlineGain;
            boost = boost == null ? 0.2 : boost;
            recentDays = recentDays == null ? 30 : recentDays;
            customerAccept = customerAccept == null ? 0.5 : customerAccept;
        }

        @Override
        public void check(Checks c, String at) {
            c.share(at + "online_accept", onlineAccept);
            c.share(at + "online_gain", onlineGain);
            c.share(at + "boost", boost);
            c.atLeast(at + "recent_days", recentDays, 1);
            c.share(at + "customer_accept", customerAccept);
        }
    }
}
