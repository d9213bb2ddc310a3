package shequn.scenario;

import java.util.List;
import java.util.function.Function;

/** Names that must point at something declared elsewhere in the scenario. */
final class References {

    private References() {
    }

    /** A null store means "the first store" (or "every store" for campaigns): always fine. */
    static boolean store(Checks c, String path, String id, Scenario s) {
        return exists(c, path, id, "store", "stores", s.stores(), Store::id);
    }

    static boolean group(Checks c, String path, String id, Scenario s) {
        return exists(c, path, id, "group", "groups", s.groups(), Group::id);
    }

    static boolean kol(Checks c, String path, String id, Scenario s) {
        return exists(c, path, id, "KOL", "kols", s.kols(), Kol::id);
    }

    /** The store a group or KOL belongs to once defaults are applied. */
    static String storeOf(String declared, Scenario s) {
        return declared != null ? declared : s.stores().get(0).id();
    }

    private static <T> boolean exists(Checks c, String path, String id, String what, String section,
                                      List<T> declared, Function<T, String> idOf) {
        if (id == null || declared.stream().map(idOf).anyMatch(id::equals)) {
            return true;
        }
        List<String> ids = declared.stream().map(idOf).toList();
        String near = ScenarioSchema.nearest(id, ids);
        c.fail(path, "no " + what + " '" + id + "' (" + section + ": "
                + (ids.isEmpty() ? "none declared" : String.join(", ", ids)) + ")"
                + (near == null ? "" : "; did you mean '" + near + "'?"));
        return false;
    }
}
