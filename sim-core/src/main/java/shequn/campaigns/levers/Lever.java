package shequn.campaigns.levers;

import java.util.Arrays;
import java.util.List;
import shequn.scenario.LeverCatalog;
import shequn.scenario.LeverSpec;
import shequn.world.World;

/**
 * A strategy lever of seed 001 and the DESIGN brief, as one declared unit: each lever is a record
 * whose components are its own campaign fields (a red packet's {@code amount}, a coupon's
 * {@code discount}, …) with their defaults, and which owns its validation, its cost, its intensity
 * for response curves, its default {@code every} ({@link LeverSpec.About}), its response coefficients
 * (a nested {@code Response} record, its section of the scenario's {@code levers:}) and what it does
 * when it fires. A campaign in a scenario is the fields every lever shares
 * ({@link shequn.scenario.Campaign}) plus one of these.
 *
 * <p>The {@code permits} list is the registry: the loader, the JSON Schema, the README check and
 * {@code shequn response} all read the levers from it (through {@link Catalog}), so adding a lever is
 * one new record in this package plus its name in that list (and its README row and tests).
 */
public sealed interface Lever extends LeverSpec permits QrCode, StaffInvite, Referral, Emotion, Product, Content,
        KolPost, Event, RedPacket, MiniProgram, Coupon, Livestream, ShareIncentive, Seeding, VipPruning {

    /**
     * Campaign {@code c} of the plan fires today: pay from its budget and act on the world. A lever
     * that cannot pay does not act.
     */
    void fire(World w, int c);

    /** Every lever, in declaration order. */
    static List<Class<? extends Lever>> kinds() {
        return Arrays.stream(Lever.class.getPermittedSubclasses()).<Class<? extends Lever>>map(k -> k.asSubclass(Lever.class))
                .toList();
    }

    /** Every lever's file spelling, in declaration order. */
    static List<String> names() {
        return LeverCatalog.names();
    }

    /** The lever with every field at its default. */
    static Lever defaults(Class<? extends LeverSpec> kind) {
        return (Lever) LeverCatalog.defaults(kind);
    }
}
