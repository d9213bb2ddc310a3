package shequn.response;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import shequn.scenario.Campaign;
import shequn.scenario.Lever;

/**
 * Which scenario field is a lever's intensity, and how a response curve reads it: the one place
 * that maps a lever to the field {@code shequn response} varies. When sim-core declares each
 * lever's intensity itself, this table should read that declaration instead.
 *
 * <ul>
 *   <li>red_packet → {@code amount} (yuan per packet); coupon → {@code discount}; share_incentive →
 *       {@code commission}; staff_invite, referral → {@code rate}: the value itself is the intensity;</li>
 *   <li>emotion, product, content, kol_post, event, livestream, vip_pruning → {@code every}: the
 *       intensity is firings per 30 days, {@code 30 / every};</li>
 *   <li>qr_code, mini_program, and any lever not in the table → on or off only.</li>
 * </ul>
 * Intensity 0 is always the plan without the campaign (it is removed from the list).
 */
public final class Intensity {
    /** Days per period of the frequency axis: firings per 30 days. */
    public static final double PERIOD = 30;

    /** How a lever's field is varied. */
    public enum Scale {
        /** A non-negative amount in yuan, no upper bound. */
        LEVEL,
        /** A share in [0, 1]. */
        SHARE,
        /** Days between firings ({@code every} ≥ 1); the axis shows firings per 30 days. */
        FREQUENCY,
        /** The campaign runs or does not: two points. */
        PRESENCE
    }

    /**
     * A lever's intensity: the campaign field it is set by (null for on/off levers) and its scale.
     * {@link #parameter()} is what response.csv calls it.
     */
    public record Knob(String field, Scale scale) {
        public String parameter() {
            return field == null ? "presence" : field;
        }
    }

    private static final Map<Lever, Knob> TABLE = new EnumMap<>(Lever.class);

    static {
        TABLE.put(Lever.RED_PACKET, new Knob("amount", Scale.LEVEL));
        TABLE.put(Lever.COUPON, new Knob("discount", Scale.SHARE));
        TABLE.put(Lever.SHARE_INCENTIVE, new Knob("commission", Scale.SHARE));
        TABLE.put(Lever.STAFF_INVITE, new Knob("rate", Scale.SHARE));
        TABLE.put(Lever.REFERRAL, new Knob("rate", Scale.SHARE));
        for (Lever l : List.of(Lever.EMOTION, Lever.PRODUCT, Lever.CONTENT, Lever.KOL_POST, Lever.EVENT, Lever.LIVESTREAM,
                Lever.VIP_PRUNING)) {
            TABLE.put(l, new Knob("every", Scale.FREQUENCY));
        }
    }

    private static final Knob ON_OFF = new Knob(null, Scale.PRESENCE);

    private Intensity() {
    }

    /** The knob of a lever; a lever the table does not know is varied on/off only. */
    public static Knob of(Lever lever) {
        return TABLE.getOrDefault(lever, ON_OFF);
    }

    /** The scenario paths that set campaign {@code index}'s intensity (none for an on/off lever). */
    public static List<String> paths(Campaign c, int index) {
        Knob k = of(c.lever());
        return k.field() == null ? List.of() : List.of("campaigns[" + index + "]." + k.field());
    }

    /** The campaign's current setting of its knob's field (1 for an on/off lever that runs). */
    public static double current(Campaign c) {
        Knob k = of(c.lever());
        if (k.field() == null) {
            return 1;
        }
        return switch (k.field()) {
            case "amount" -> c.amount();
            case "discount" -> c.discount();
            case "commission" -> c.commission();
            case "rate" -> c.rate();
            case "every" -> c.every();
            default -> throw new IllegalStateException("no campaign field " + k.field());
        };
    }

    /**
     * The scale a campaign's grid spans when its current setting is 0 (the field's default), so
     * that a plan with {@code amount: 0} still gets a curve.
     */
    static double reference(Campaign c) {
        double now = current(c);
        if (now > 0) {
            return now;
        }
        return switch (of(c.lever()).field()) {
            case "amount" -> 100;
            case "discount" -> 0.1;
            case "commission" -> 0.05;
            case "rate" -> c.lever() == Lever.REFERRAL ? 0.05 : 0.3;
            default -> 1;
        };
    }

    /** The x of a setting: the value itself, firings per 30 days for a frequency, 1 for "on". */
    public static double axis(Knob k, double value) {
        return switch (k.scale()) {
            case FREQUENCY -> PERIOD / value;
            case PRESENCE -> 1;
            default -> value;
        };
    }
}
