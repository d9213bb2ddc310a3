package shequn.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The levers a scenario may use. The engine provides them ({@code shequn.campaigns.levers.Catalog},
 * registered in {@code META-INF/services}); the scenario reads them only through this interface, so
 * the file format follows the levers without the scenario package depending on the engine.
 */
public interface LeverCatalog {

    /** Every lever, in declaration order: records whose all-null constructor gives their defaults. */
    List<Class<? extends LeverSpec>> kinds();

    /** Every lever, in declaration order. */
    static List<Class<? extends LeverSpec>> all() {
        return Loaded.KINDS;
    }

    /** Every lever's file spelling, in declaration order. */
    static List<String> names() {
        return List.copyOf(Loaded.BY_NAME.keySet());
    }

    /** The lever spelled {@code name} in files, if there is one. */
    static Optional<Class<? extends LeverSpec>> named(String name) {
        return Optional.ofNullable(Loaded.BY_NAME.get(name));
    }

    /** The lever with every field at its default. */
    static LeverSpec defaults(Class<? extends LeverSpec> kind) {
        LeverSpec defaults = Loaded.DEFAULTS.get(kind);
        if (defaults == null) {
            throw new IllegalArgumentException("not a registered lever: " + kind.getName());
        }
        return defaults;
    }

    /** The lever's file spelling. */
    static String nameOf(Class<? extends LeverSpec> kind) {
        return defaults(kind).name();
    }

    /** Loads the catalogue once; a lever is a record that builds from all-null fields. */
    final class Loaded {
        private static final List<Class<? extends LeverSpec>> KINDS;
        private static final Map<String, Class<? extends LeverSpec>> BY_NAME = new LinkedHashMap<>();
        private static final Map<Class<? extends LeverSpec>, LeverSpec> DEFAULTS = new LinkedHashMap<>();

        static {
            List<Class<? extends LeverSpec>> kinds = new ArrayList<>();
            for (LeverCatalog catalog : ServiceLoader.load(LeverCatalog.class, LeverCatalog.class.getClassLoader())) {
                kinds.addAll(catalog.kinds());
            }
            if (kinds.isEmpty()) {
                throw new ExceptionInInitializerError("no levers: META-INF/services/" + LeverCatalog.class.getName()
                        + " is missing from the class path");
            }
            for (Class<? extends LeverSpec> kind : kinds) {
                LeverSpec defaults = build(kind);
                DEFAULTS.put(kind, defaults);
                if (BY_NAME.put(defaults.name(), kind) != null) {
                    throw new ExceptionInInitializerError("two levers named " + defaults.name());
                }
            }
            KINDS = Collections.unmodifiableList(kinds);
        }

        private Loaded() {
        }

        private static LeverSpec build(Class<? extends LeverSpec> kind) {
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
