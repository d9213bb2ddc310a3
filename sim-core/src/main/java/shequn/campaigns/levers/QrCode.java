package shequn.campaigns.levers;

import shequn.stores.StoreState;
import shequn.world.World;

/**
 * Group building: a QR code in store; visitors scan it and join (shopping reads the store's switch).
 *
 * @param unitCost yuan per day displayed
 */
public record QrCode(Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("qr_code", Step.BUILD, 1, "yuan per day displayed", Intensity.PRESENCE, null);

    public QrCode {
        unitCost = unitCost == null ? 20.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void fire(World w, int c) {
        for (StoreState s : w.stores) {
            if (Reach.targets(w.plan.get(c), s)) {
                s.qrToday = w.plan.pay(c, unitCost);
            }
        }
    }
}
