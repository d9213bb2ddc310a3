package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.groups.MemberStatus;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.scenario.LeverResponses;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Activation, 红包激活: a red packet sent into the group wakes it for a moment; people who only grab
 * become freeloaders. What a grab is worth saturates with the yuan per share (no wall: a bigger packet
 * always helps a little less). Each packet costs its amount.
 *
 * @param amount yuan per packet (its cost)
 */
public record RedPacket(Double amount) implements Lever {
    static final About ABOUT = new About("red_packet", Step.ACTIVATE, 7, "yuan per packet (the amount)",
            new Intensity("amount", Scale.LEVEL), Response.class);

    public RedPacket {
        amount = amount == null ? 100.0 : amount;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.atLeast("amount", amount, 0);
    }

    @Override
    public void fire(World w, int c) {
        int shares = w.scenario.levers().of(Response.class).shares();
        Reach.postInGroups(w, c, amount, g -> send(w, g, amount, shares));
    }

    private static void send(World w, GroupState g, double amount, int maxShares) {
        Response p = w.scenario.levers().of(Response.class);
        MersenneTwisterFast rng = w.rng;
        int shares = Math.min(maxShares, g.size);
        double perShare = amount / shares;
        // what a share is worth sets all of the packet's pull: the tie gained, the wake-up, who still grabs
        double worth = LeverResponses.saturation(perShare, p.halfShare());
        double gain = p.gain() * worth * g.attentionShare * g.freshness;
        int grabbed = 0;
        int start = rng.nextInt(g.size); // members see the packet in no particular order
        for (int k = 0; k < g.size && grabbed < shares; k++) {
            int slot = (start + k) % g.size;
            float e = g.engagement[slot];
            double grabChance = MemberStatus.muted(e) ? p.mutedGrab() * worth : MemberStatus.readChance(e);
            if (rng.nextDouble() < grabChance) {
                grabbed++;
                g.grabs[slot]++;
                Reach.boost(g, slot, p.boost() * worth);
                w.contact(g.members[slot], gain);
                w.today.redPacketGrabs++;
            }
        }
    }

    /**
     * A packet is split into {@code shares}; what a share is worth saturates with the yuan per share,
     * {@code w = s / (s + half_share)}, and scales all of the packet's pull: the tie a grab gives
     * ({@code gain × w}), the wake-up ({@code boost × w}) and the chance a muted member grabs ({@code muted_grab × w}).
     *
     * @param shares    shares a packet splits into (WeChat's usual cap is a few dozen); late readers get nothing
     * @param gain      the most tie strength one grab can give (a very large share)
     * @param halfShare yuan per share at which a share is worth half its most
     * @param boost     the most engagement a grabber gains (the group wakes up for a moment)
     * @param mutedGrab the most chance a muted member still grabs (freeloaders wake up for money)
     */
    public record Response(Integer shares, Double gain, Double halfShare, Double boost, Double mutedGrab) implements LeverResponse {
        public Response {
            shares = shares == null ? 40 : shares;
            gain = gain == null ? 0.06 : gain;
            halfShare = halfShare == null ? 1.5 : halfShare;
            boost = boost == null ? 0.24 : boost;
            mutedGrab = mutedGrab == null ? 0.16 : mutedGrab;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "shares", shares, 1);
            c.atLeast(at + "gain", gain, 0);
            c.positive(at + "half_share", halfShare);
            c.share(at + "boost", boost);
            c.share(at + "muted_grab", mutedGrab);
        }
    }
}
