package shequn.campaigns.levers;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shequn.scenario.CampaignCheck;
import shequn.world.World;

/**
 * A strategy lever of seed 001 and the DESIGN brief, as one declared unit: each lever is a record
 * whose components are its own campaign fields (a red packet's {@code amount}, a coupon's
 * {@code discount}, …) with their defaults, and which owns its validation, its cost, its intensity
 * for response curves, its default {@code every}, its response coefficients (a nested
 * {@code Response} record, read from the scenario's {@code levers:} section) and what it does when
 * it fires. A campaign in a scenario is the fields every lever shares ({@link shequn.scenario.Campaign})
 * plus one of these.
 *
 * <p>The {@code permits} list is the registry: the loader, the JSON Schema, the README check and
 * {@code shequn response} all read the levers from it, so adding a lever is one new record here plus
 * its name in that list (and its README row and tests).
 */
public sealed interface Lever permits QrCode, StaffInvite, Referral, Emotion, Product, Content, KolPost, Event,
        RedPacket, MiniProgram, Coupon, Livestream, ShareIncentive, VipPruning {

    /** What the lever declares about itself beyond its fields. */
    About about();

    /** The lever's file spelling, e.g. {@code red_packet}. */
    default String name() {
        return about().name();
    }

    /** Adds what is wrong with the lever's own fields (and what it needs from the scenario) to {@code c}. */
    default void check(CampaignCheck c) {
    }

    /**
     * Campaign {@code c} of the plan fires today: pay from its budget and act on the world. A lever
     * that cannot pay does not act.
     */
    void fire(World w, int c);

    /**
     * @param name      file spelling ({@code lever: red_packet})
     * @param step      which of seed 001's four steps it belongs to
     * @param every     default days between firings
     * @param cost      what one unit of its cost is, for the README
     * @param intensity the field a response curve varies
     */
    record About(String name, Step step, int every, String cost, Intensity intensity) {
    }

    /** Which of seed 001's four steps a lever belongs to. */
    enum Step { BUILD, ACTIVATE, SELL, SPREAD, OPERATE }

    /**
     * The campaign field that sets a lever's intensity (its file spelling; null for a lever that is
     * only on or off) and how it is varied.
     */
    record Intensity(String field, Scale scale) {
        public static final Intensity PRESENCE = new Intensity(null, Scale.PRESENCE);
        public static final Intensity FREQUENCY = new Intensity("every", Scale.FREQUENCY);
    }

    /** How an intensity field is varied. */
    enum Scale {
        /** A non-negative amount in yuan, no upper bound. */
        LEVEL,
        /** A share in [0, 1]. */
        SHARE,
        /** Days between firings ({@code every} ≥ 1). */
        FREQUENCY,
        /** The campaign runs or does not. */
        PRESENCE
    }

    /** Every lever, in declaration order. */
    static List<Class<? extends Lever>> kinds() {
        return Registry.KINDS;
    }

    /** Every lever's file spelling, in declaration order. */
    static List<String> names() {
        return Registry.BY_NAME.keySet().stream().toList();
    }

    /** The lever spelled {@code name} in files, if there is one. */
    static Optional<Class<? extends Lever>> named(String name) {
        return Optional.ofNullable(Registry.BY_NAME.get(name));
    }

    /** The lever with every field at its default. */
    static Lever defaults(Class<? extends Lever> kind) {
        return Registry.DEFAULTS.get(kind);
    }

    /** The lever's own fields in file spelling, with their Java types, in declaration order. */
    static List<RecordComponent> fields(Class<? extends Lever> kind) {
        return Arrays.asList(kind.getRecordComponents());
    }

    /** Holds the registry read off the {@code permits} list; a lever is a record that builds from all-null fields. */
    final class Registry {
        private static final List<Class<? extends Lever>> KINDS;
        private static final Map<String, Class<? extends Lever>> BY_NAME = new LinkedHashMap<>();
        private static final Map<Class<? extends Lever>, Lever> DEFAULTS = new LinkedHashMap<>();

        static {
            List<Class<? extends Lever>> kinds = new ArrayList<>();
            for (Class<?> permitted : Lever.class.getPermittedSubclasses()) {
                Class<? extends Lever> kind = permitted.asSubclass(Lever.class);
                Lever defaults = build(kind);
                kinds.add(kind);
                DEFAULTS.put(kind, defaults);
                if (BY_NAME.put(defaults.name(), kind) != null) {
                    throw new ExceptionInInitializerError("two levers named " + defaults.name());
                }
            }
            KINDS = Collections.unmodifiableList(kinds);
        }

        private Registry() {
        }

        private static Lever build(Class<? extends Lever> kind) {
            RecordComponent[] components = kind.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return kind.getDeclaredConstructor(types).newInstance(new Object[components.length]);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
