package shequn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;
import shequn.scenario.ScenarioPath;
import shequn.scenario.ScenarioSchema;
import shequn.scenario.TreePathException;

/**
 * A sweep file: the base scenario, fixed settings, the swept parameters, the design and the
 * replications per point. Every path is checked against the scenario schema and every value (each
 * listed value, both ends of a range) is tried on the base scenario before anything runs, so a typo
 * or a value of the wrong type is one line with the sweep file's line and column and exit code 2.
 */
public record SweepSpec(SpecFile source, Path scenarioFile, List<String> set, String design, int points, int reps,
                        long seed, List<Parameter> parameters, Scenario base) {

    public static final List<String> DESIGNS = List.of("grid", "lhs", "sobol");
    static final Set<String> FIELDS = Set.of("scenario", "set", "design", "points", "reps", "seed", "parameters", "description");
    static final Set<String> PARAMETER_FIELDS = new LinkedHashSet<>(List.of("path", "values", "min", "max", "levels", "scale"));

    public static SweepSpec read(Path file) throws ScenarioException {
        return read(SpecFile.read(file));
    }

    public static SweepSpec read(SpecFile f) throws ScenarioException {
        f.onlyFields("", new LinkedHashSet<>(List.of("scenario", "set", "design", "points", "reps", "seed", "parameters",
                "description")));
        Path scenario = f.dir().resolve(f.text("scenario", null));
        List<String> set = f.settings("set");
        Scenario base = ScenarioLoader.load(scenario, set);
        String design = f.text("design", "grid");
        if (!DESIGNS.contains(design)) {
            throw f.error("design", "unknown design '" + design + "' (valid: " + String.join(", ", DESIGNS) + ")");
        }
        int points = (int) f.whole("points", design.equals("grid") ? 0L : null, design.equals("grid") ? 0 : 1, 1_000_000);
        int reps = (int) f.whole("reps", 10L, 1, 100_000);
        long seed = f.whole("seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        List<Parameter> parameters = parameters(f, scenario, set, design.equals("grid"));
        return new SweepSpec(f, scenario, set, design, points, reps, seed, parameters, base);
    }

    /** The {@code parameters:} list of a sweep, optimisation or calibration file. */
    public static List<Parameter> parameters(SpecFile f, Path scenario, List<String> set, boolean grid)
            throws ScenarioException {
        JsonNode list = f.at("parameters");
        if (!list.isArray() || list.isEmpty()) {
            throw f.error("parameters", "expected a list of parameters, e.g. [{path: behaviour.tie_decay, min: 0.005, max: 0.02}]");
        }
        List<Parameter> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Parameter p = parameter(f, "parameters[" + i + "]", scenario, set, grid);
            if (!seen.add(p.path())) {
                throw f.error("parameters[" + i + "].path", p.path() + " is swept twice");
            }
            out.add(p);
        }
        return out;
    }

    static Parameter parameter(SpecFile f, String at, Path scenario, List<String> set, boolean grid) throws ScenarioException {
        f.onlyFields(at, PARAMETER_FIELDS);
        String path = f.text(at + ".path", null);
        Type type;
        try {
            type = ScenarioSchema.typeAt(path);
        } catch (TreePathException e) {
            throw f.error(at + ".path", e.problem());
        }
        boolean numeric = type == Integer.class || type == Long.class || type == Double.class;
        boolean scalar = numeric || type == Boolean.class || type == String.class || type instanceof Class<?> c && c.isEnum();
        if (!scalar) {
            throw f.error(at + ".path", path + " is " + ScenarioSchema.describe(type) + "; sweep one of its fields");
        }
        JsonNode values = f.at(at + ".values");
        boolean hasRange = !f.at(at + ".min").isMissingNode() || !f.at(at + ".max").isMissingNode();
        Parameter p;
        if (!values.isMissingNode()) {
            if (hasRange) {
                throw f.error(at + ".values", "give either values or min and max, not both");
            }
            if (!values.isArray() || values.isEmpty()) {
                throw f.error(at + ".values", "expected a non-empty list of values");
            }
            List<JsonNode> vs = new ArrayList<>();
            for (int j = 0; j < values.size(); j++) {
                JsonNode v = values.get(j);
                String problem = typeProblem(type, v);
                if (problem != null) {
                    throw f.error(at + ".values[" + j + "]", problem);
                }
                vs.add(v);
            }
            p = new Parameter(path, type, vs, null, null, 0);
        } else {
            if (!hasRange) {
                throw f.error(at, "give values: [..] or min: and max: for " + path);
            }
            if (!numeric) {
                throw f.error(at + ".min", path + " is " + ScenarioSchema.describe(type) + ": give values, not a range");
            }
            double min = f.number(at + ".min", null);
            double max = f.number(at + ".max", null);
            boolean whole = type != Double.class;
            if (whole && (!f.at(at + ".min").isIntegralNumber() || !f.at(at + ".max").isIntegralNumber())) {
                throw f.error(at + (f.at(at + ".min").isIntegralNumber() ? ".max" : ".min"),
                        "expected a whole number: " + path + " is a count");
            }
            if (!(min < max)) {
                throw f.error(at + ".max", "must be above min (" + Parameter.cell(f.at(at + ".min")) + "), got "
                        + Parameter.cell(f.at(at + ".max")));
            }
            int levels = (int) f.whole(at + ".levels", 5L, 2, 10_000);
            if (!grid && !f.at(at + ".levels").isMissingNode()) {
                throw f.error(at + ".levels", "levels is for the grid design only");
            }
            String scale = f.text(at + ".scale", "linear");
            if (!scale.equals("linear") && !scale.equals("log")) {
                throw f.error(at + ".scale", "expected linear or log, got '" + scale + "'");
            }
            if (scale.equals("log") && !(min > 0)) {
                throw f.error(at + ".min", "a log scale needs min above 0, got " + Parameter.cell(f.at(at + ".min")));
            }
            p = new Parameter(path, type, null, min, max, levels, scale.equals("log"));
        }
        check(f, at, p, scenario, set);
        return p;
    }

    /** Tries every listed value (or both ends of the range) on the base scenario. */
    private static void check(SpecFile f, String at, Parameter p, Path scenario, List<String> set) throws ScenarioException {
        List<JsonNode> tries = p.isRange() ? List.of(p.at(0), p.at(1)) : p.values();
        for (int j = 0; j < tries.size(); j++) {
            List<String> all = new ArrayList<>(set);
            all.add(p.override(tries.get(j)));
            try {
                ScenarioLoader.load(scenario, all);
            } catch (ScenarioException e) {
                String where = p.isRange() ? at + (j == 0 ? ".min" : ".max") : at + ".values[" + j + "]";
                if (e.file().startsWith("--set " + p.path() + "=") && e.path().equals(p.path())) {
                    throw f.error(e.problem().startsWith("no such element") ? at + ".path" : where, e.problem());
                }
                if (e.file().startsWith("--set " + p.path() + "=")) {
                    throw f.error(at + ".path", e.path() + ": " + e.problem());
                }
                throw f.error(where, "with " + p.path() + " = " + Parameter.cell(tries.get(j)) + " the scenario fails: "
                        + e.getMessage());
            }
        }
    }

    /** Why a value does not fit the field's type, or null if it does. */
    static String typeProblem(Type type, JsonNode v) {
        String got = "got " + SpecFile.describe(v);
        if (type == Integer.class || type == Long.class) {
            return v.isIntegralNumber() ? null : "expected a whole number, " + got;
        }
        if (type == Double.class) {
            return v.isNumber() ? null : "expected a number, " + got;
        }
        if (type == Boolean.class) {
            return v.isBoolean() ? null : "expected true or false, " + got;
        }
        if (!v.isTextual()) {
            return "expected " + ScenarioSchema.describe(type) + ", " + got;
        }
        if (v.asText().contains(",") || v.asText().contains("\"") || v.asText().contains("\n")) {
            return "text values may not hold commas, quotes or line breaks (they are CSV cells), " + got;
        }
        if (type instanceof Class<?> c && c.isEnum() && !ScenarioSchema.enumValues(c).contains(v.asText())) {
            return "expected " + ScenarioSchema.describe(type) + ", " + got;
        }
        return null;
    }

    /** Column names of the parameters in CSV files: their paths. */
    public List<String> columns() {
        return parameters.stream().map(Parameter::path).toList();
    }

    static String elementPath(String list, int i) {
        return ScenarioPath.element(list, i);
    }
}
