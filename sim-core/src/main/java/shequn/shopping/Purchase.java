package shequn.shopping;

import ec.util.MersenneTwisterFast;
import shequn.campaigns.levers.Coupon;
import shequn.campaigns.levers.Product;
import shequn.campaigns.levers.ShareIncentive;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.scenario.LeverResponses;
import shequn.stores.StoreState;
import shequn.world.GroupState;
import shequn.world.Ledger;
import shequn.world.World;

/**
 * Whether a visit ends in a purchase, how big the basket is, which product is the hero of the
 * basket, and whether the buyer leaves satisfied (and talks). Trust does the work seed 000 reports:
 * fans convert far more often when a campaign prompts them, and spend more per purchase.
 */
final class Purchase {
    static final double MAX_CONVERSION = 1.0;

    private Purchase() {
    }

    /** Whether the visit ends in a purchase (booked, with its after-effects). */
    static boolean decide(World w, int i, StoreState store, boolean prompted) {
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        MersenneTwisterFast rng = w.rng;
        int coupon = validCoupon(w, i);
        double discount = coupon >= 0 ? w.plan.get(coupon).lever(Coupon.class).discount() : 0;
        double tie = c.tie[i];
        double p = prompted
                ? b.impulseConversion() * (1 + b.fanConversionGain() * fanness(tie, b.strongThreshold(), b.fanWidth()))
                : b.conversion() + (1 - b.conversion()) * b.tieConversion() * tie;
        double price = store.spec.priceLevel() * (1 - discount);
        p *= Math.exp(-b.priceElasticity() * c.priceSensitivity[i] * (price - 1));
        if (rng.nextDouble() >= Math.min(MAX_CONVERSION, p)) {
            return false;
        }
        double fullPrice = basket(w, i, store, rng);
        double basket = fullPrice;
        if (coupon >= 0 && w.plan.pay(coupon, discount * fullPrice)) {
            basket *= 1 - discount; // the discount is the coupon campaign's cost, not lost margin as well
            c.coupon[i] = -1;
            w.today.couponsRedeemed++;
        }
        book(w, i, store, basket, fullPrice);
        countPrompted(w, i, basket, prompted);
        payCommission(w, i, store, basket);
        pickHero(w, i, store, rng);
        afterPurchase(w, i, store, rng);
        if (c.dropout[i] > 0 && rng.nextDouble() < c.dropout[i]) {
            c.gone[i] = true; // defected after this purchase (BG/NBD's dropout process)
            w.touch(i);
        }
        return true;
    }

    /**
     * How much of a fan a consumer is, from 0 to 1: a steep logistic around the STRONG threshold.
     * Trust is what makes a fan answer a campaign (seed 000: fans convert 5x as often), and it
     * switches on near the rung rather than growing evenly with every contact — a member who merely
     * reads the group (a weak tie) answers a campaign only a little more than a stranger.
     */
    static double fanness(double tie, double strongThreshold, double fanWidth) {
        return 1 / (1 + Math.exp(-(tie - strongThreshold) / fanWidth));
    }

    static int validCoupon(World w, int i) {
        Consumers c = w.people;
        return c.coupon[i] >= 0 && c.couponExpiry[i] >= w.day ? c.coupon[i] : -1;
    }

    static double basket(World w, int i, StoreState store, MersenneTwisterFast rng) {
        Consumers c = w.people;
        double basket = Math.exp(c.basketMu[i] + w.scenario.population().basketSigma() * rng.nextGaussian());
        basket *= (1 + w.behaviour.fanBasketGain() * c.tie[i]) * store.spec.priceLevel();
        int g = c.firstGroup(i);
        if (g >= 0 && w.groups[g].productUntil >= w.day) {
            basket *= 1 + w.scenario.levers().of(Product.Response.class).basketUplift();
        }
        return basket;
    }

    /**
     * Books a sale of {@code basket} yuan paid. Gross margin is the full-price basket less what the goods
     * cost ({@code unit_cost} of the market price for each unit, i.e. {@code unit_cost / price_level} of
     * the full-price basket): a higher price earns more on each sale, a coupon's discount is booked
     * as the coupon's campaign cost.
     */
    static void book(World w, int i, StoreState store, double basket, double fullPrice) {
        Consumers c = w.people;
        Ledger today = w.today;
        today.purchases++;
        today.gmv += basket;
        today.margin += fullPrice * (1 - store.spec.unitCost() / store.spec.priceLevel());
        today.byStore.purchases[store.index]++;
        today.byStore.gmv[store.index] += basket;
        today.bySegment.purchases[c.segment[i]]++;
        today.bySegment.gmv[c.segment[i]] += basket;
        today.byLadder.purchases[c.ladder[i]]++;
        today.byLadder.gmv[c.ladder[i]] += basket;
        if (c.referrer[i] >= 0) {
            today.referredPurchases++;
            if (c.purchases[i] == 0) {
                today.referredNewBuyers++;
            }
        }
        w.census.bought(i, w.day);
        c.prevBuy[i] = c.lastBuy[i];
        c.lastBuy[i] = w.day;
        c.purchases[i]++;
    }

    static void countPrompted(World w, int i, double basket, boolean prompted) {
        if (prompted) {
            byte rung = w.people.ladder[i];
            w.today.triggeredByLadder.purchases[rung]++;
            w.today.triggeredByLadder.gmv[rung] += basket;
        }
    }

    /** 分享收益: a referred purchase pays the sharer a commission while the incentive runs. */
    static void payCommission(World w, int i, StoreState store, double basket) {
        if (w.people.referrer[i] >= 0 && store.shareCampaign >= 0) {
            w.plan.pay(store.shareCampaign, store.commissionToday * basket);
        }
    }

    /**
     * Friends copy friends: a group member's hero item is often the product the group is pushing,
     * or else one the group bought lately (a Pólya urn), so sales concentrate on hits (seed 001).
     */
    static void pickHero(World w, int i, StoreState store, MersenneTwisterFast rng) {
        int g = w.people.firstGroup(i);
        GroupState group = g >= 0 ? w.groups[g] : null;
        boolean social = group != null && group.store == store.index && rng.nextDouble() < w.behaviour.socialChoice();
        int sku;
        if (social && group.productUntil >= w.day) {
            sku = group.hero;
        } else if (social && group.pickCount > 0) {
            sku = group.recentPicks[rng.nextInt(Math.min(group.pickCount, group.recentPicks.length))];
        } else {
            sku = store.baselinePick(rng);
        }
        store.recordSale(sku);
        if (group != null && group.store == store.index) {
            group.recordPick(sku);
        }
    }

    static void afterPurchase(World w, int i, StoreState store, MersenneTwisterFast rng) {
        Consumers c = w.people;
        Behaviour b = w.behaviour;
        if (rng.nextDouble() >= store.spec.satisfaction()) {
            w.contact(i, -b.dissatisfactionLoss());
            return;
        }
        w.contact(i, b.purchaseGain());
        ShareIncentive.Response incentive = w.scenario.levers().of(ShareIncentive.Response.class);
        double paid = 1 + incentive.boost() * LeverResponses.saturation(store.commissionToday, incentive.halfCommission());
        double share = c.sharePropensity[i] * (c.advocate[i] ? b.advocateShare() : 1) * paid;
        if (rng.nextDouble() < share) {
            w.sharersTomorrow.add(i);
        }
    }
}
