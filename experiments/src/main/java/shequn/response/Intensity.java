package shequn.response;

import java.util.List;
import shequn.scenario.Campaign;
import shequn.scenario.LeverCatalog;
import shequn.scenario.LeverSpec;

/**
 * How a response curve reads a lever's intensity: the field and scale each lever declares itself
 * ({@link LeverSpec.About#intensity()}) — red_packet's {@code amount}, coupon's {@code discount},
 * share_incentive's {@code commission}, staff_invite's and referral's {@code rate} (the value itself
 * is the intensity), {@code every} for the levers whose intensity is how often they fire (seeding among them: firings per
 * 30 days, {@code 30 / every}), none for the levers that are only on or off (qr_code, mini_program).
 * Intensity 0 is always the plan without the campaign (it is removed from the list).
 */
public final class Intensity {
    /** Days per period of the frequency axis: firings per 30 days. */
    public static final double PERIOD = 30;

    /** How a lever's field is varied (the lever's declared scale). */
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

    private Intensity() {
    }

    /** The knob of a lever, as the lever declares it. */
    public static Knob of(LeverSpec lever) {
        LeverSpec.Intensity declared = lever.about().intensity();
        return new Knob(declared.field(), Scale.valueOf(declared.scale().name()));
    }

    /** The knob of a lever kind, e.g. {@code of(RedPacket.class)}. */
    public static Knob of(Class<? extends LeverSpec> kind) {
        return of(LeverCatalog.defaults(kind));
    }

    /** The scenario paths that set campaign {@code index}'s intensity (none for an on/off lever). */
    public static List<String> paths(Campaign c, int index) {
        Knob k = of(c.lever());
        return k.field() == null ? List.of() : List.of("campaigns[" + index + "]." + k.field());
    }

    /** The campaign's current setting of its knob's field (1 for an on/off lever that runs). */
    public static double current(Campaign c) {
        Knob k = of(c.lever());
        return k.field() == null ? 1 : ((Number) c.field(k.field())).doubleValue();
    }

    /**
     * The scale a campaign's grid spans when its current setting is 0: the field's default for the
     * lever, so that a plan with {@code amount: 0} still gets a curve.
     */
    static double reference(Campaign c) {
        double now = current(c);
        if (now > 0) {
            return now;
        }
        Knob k = of(c.lever());
        if (k.scale() == Scale.FREQUENCY || k.field() == null) {
            return 1;
        }
        Object byDefault = new Campaign(LeverCatalog.defaults(c.lever().getClass()), null, null, null, null, null, null, null, null)
                .field(k.field());
        return ((Number) byDefault).doubleValue();
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
