package shequn.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import shequn.scenario.Campaign;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;
import shequn.sweep.SpecFile;

/**
 * An optimisation file: which campaigns' budgets (and optionally timing) to choose, for which
 * objective, with how much money, and how hard to search.
 *
 * @param levers      indices of the campaigns whose budgets are chosen
 * @param budget      yuan shared among the levers, or null: what the base plan spends (all levers only)
 * @param keepUnspent let the search leave part of the budget unspent
 * @param startRange  with timing: bounds of each lever's first day, else null
 * @param everyRange  with timing: bounds of days between firings, else null
 */
public record OptimizeSpec(SpecFile source, Path scenarioFile, List<String> set, Scenario base, String objective,
                           List<Integer> levers, Double budget, boolean keepUnspent, int[] startRange, int[] everyRange,
                           int reps, int validationReps, long seed, int evaluations, int population) {

    public static final Map<String, String> OBJECTIVES =
            Map.of("gmv", "gmv", "profit", "profit", "repeat_rate", "repeat_rate", "fans", "ladder_strong");

    public String kpi() {
        return OBJECTIVES.get(objective);
    }

    public boolean timing() {
        return startRange != null;
    }

    /** The most a budget may be (yuan): beyond it, sums over levers and days lose their meaning, then overflow. */
    public static final double MAX_BUDGET = 1e12;

    public static OptimizeSpec read(Path file) throws ScenarioException {
        SpecFile f = SpecFile.read(file);
        f.onlyFields("", new LinkedHashSet<>(List.of("scenario", "set", "objective", "budget", "levers", "keep_unspent",
                "timing", "reps", "validation_reps", "seed", "evaluations", "population", "description")));
        Path scenario = f.dir().resolve(f.text("scenario", null));
        List<String> set = f.settings("set");
        Scenario base = ScenarioLoader.load(scenario, set);
        String objective = f.text("objective", "gmv");
        if (!OBJECTIVES.containsKey(objective)) {
            throw f.error("objective", "unknown objective '" + objective + "' (valid: gmv, profit, repeat_rate, fans)");
        }
        List<Integer> levers = levers(f, base);
        Double budget = f.at("budget").isMissingNode() ? null : f.number("budget", null);
        if (budget != null && !(budget > 0 && budget <= MAX_BUDGET)) {
            throw f.error("budget", "must be above 0 and at most " + String.format(java.util.Locale.ROOT, "%,.0f", MAX_BUDGET)
                    + " yuan, got " + budget);
        }
        if (budget == null && levers.size() != base.campaigns().size()) {
            throw f.error("levers", "give budget: when only some campaigns are levers (the default budget is what the "
                    + "whole base plan spends)");
        }
        int[] start = null;
        int[] every = null;
        JsonNode timing = f.at("timing");
        if (timing.isBoolean() ? timing.asBoolean() : timing.isObject()) {
            if (timing.isObject()) {
                f.onlyFields("timing", new LinkedHashSet<>(List.of("start", "every")));
            }
            start = range(f, "timing.start", new int[] {0, base.days() / 3}, 0, base.days() - 1);
            every = range(f, "timing.every", new int[] {1, 30}, 1, base.days());
        } else if (!timing.isMissingNode() && !timing.isBoolean()) {
            throw f.error("timing", "expected true, false or {start: [first, last], every: [least, most]}");
        }
        int reps = (int) f.whole("reps", 6L, 1, 10_000);
        int validation = (int) f.whole("validation_reps", 20L, 2, 100_000);
        long seed = f.whole("seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        int evaluations = (int) f.whole("evaluations", 150L, 2, 1_000_000);
        // 0 (not written) lets CMA-ES choose; a written population is at least 2 plans a generation
        int population = f.at("population").isMissingNode() ? 0 : (int) f.whole("population", null, 2, 10_000);
        return new OptimizeSpec(f, scenario, set, base, objective, levers, budget, f.flag("keep_unspent", false), start,
                every, reps, validation, seed, evaluations, population);
    }

    /** {@code levers: all} (the default) or a list of campaign indices or names. */
    static List<Integer> levers(SpecFile f, Scenario base) throws ScenarioException {
        List<Campaign> cs = base.campaigns();
        JsonNode node = f.at("levers");
        List<Integer> out = new ArrayList<>();
        if (node.isMissingNode() || node.isTextual() && node.asText().equals("all")) {
            for (int i = 0; i < cs.size(); i++) {
                out.add(i);
            }
        } else if (node.isArray()) {
            for (int j = 0; j < node.size(); j++) {
                JsonNode v = node.get(j);
                String at = "levers[" + j + "]";
                int index;
                if (v.isIntegralNumber()) {
                    index = v.asInt();
                    if (index < 0 || index >= cs.size()) {
                        throw f.error(at, "no campaign " + index + ": the scenario has " + cs.size() + " (0 to " + (cs.size() - 1) + ")");
                    }
                } else if (v.isTextual()) {
                    index = -1;
                    for (int i = 0; i < cs.size(); i++) {
                        if (cs.get(i).name().equals(v.asText())) {
                            if (index >= 0) {
                                throw f.error(at, "two campaigns are named '" + v.asText() + "'; give the index");
                            }
                            index = i;
                        }
                    }
                    if (index < 0) {
                        throw f.error(at, "no campaign named '" + v.asText() + "'");
                    }
                } else {
                    throw f.error(at, "expected a campaign index or name, got " + SpecFile.describe(v));
                }
                if (out.contains(index)) {
                    throw f.error(at, "campaign " + index + " is listed twice");
                }
                out.add(index);
            }
        } else {
            throw f.error("levers", "expected all or a list of campaign indices or names");
        }
        if (out.isEmpty()) {
            throw f.error("levers", "no levers: the scenario has no campaigns to allocate a budget to");
        }
        return out;
    }

    private static int[] range(SpecFile f, String path, int[] fallback, int min, int max) throws ScenarioException {
        JsonNode n = f.at(path);
        if (n.isMissingNode()) {
            return new int[] {Math.max(min, fallback[0]), Math.min(max, Math.max(fallback[1], fallback[0] + 1))};
        }
        if (!n.isArray() || n.size() != 2 || !n.get(0).isIntegralNumber() || !n.get(1).isIntegralNumber()
                || n.get(0).asInt() >= n.get(1).asInt() || n.get(0).asInt() < min || n.get(1).asInt() > max) {
            throw f.error(path, "expected [low, high], whole numbers with " + min + " <= low < high <= " + max);
        }
        return new int[] {n.get(0).asInt(), n.get(1).asInt()};
    }
}
