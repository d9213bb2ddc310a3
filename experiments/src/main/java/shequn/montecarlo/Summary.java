package shequn.montecarlo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shequn.Version;
import shequn.output.Json;

/** summary.json of a Monte-Carlo run: what was run, with which seeds, and each KPI's interval. */
final class Summary {
    private Summary() {
    }

    static ObjectNode of(Experiment.Result result, int threads) {
        Plan plan = result.plan();
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("command", plan.command());
        ArrayNode scenarios = s.putArray("scenarios");
        for (int k = 0; k < plan.scenarios().size(); k++) {
            ObjectNode node = scenarios.addObject();
            node.put("scenario", plan.scenarios().get(k).name());
            node.put("scenario_file", plan.files().get(k).toString());
            node.put("consumers", plan.scenarios().get(k).consumers());
            node.put("days", plan.scenarios().get(k).days());
            node.set("kpis", kpis(result.of(k)));
        }
        s.putPOJO("overrides", plan.overrides());
        s.put("version", Version.VERSION);
        s.put("master_seed", plan.seed());
        s.put("common_random_numbers", !plan.independent());
        s.put("seed_derivation", "replication i uses Seeds.replication(master_seed, i) (SplitMix64)");
        s.put("replications", result.reps());
        ArrayNode seeds = s.putArray("seeds");
        result.of(0).forEach(o -> seeds.add(o.seed()));
        s.put("stop_reason", result.stopReason().label());
        if (plan.precision() != null) {
            s.put("precision_target", plan.precision());
            s.put("precision_kpi", plan.kpi());
            s.put("max_reps", plan.maxReps());
            s.put("precision_reached", Stats.estimate(values(result.of(0), plan.kpi())).relativeHalfWidth());
        }
        s.put("confidence_level", Stats.LEVEL);
        if (plan.scenarios().size() > 1) {
            s.put("incremental_roi_method", Incremental.METHOD);
        }
        s.put("threads", threads);
        s.put("replications_run_now", result.ranNow());
        s.put("replications_resumed", result.resumed());
        s.put("wall_seconds", result.wallSeconds());
        s.put("written_at", Instant.now().toString());
        return s;
    }

    /** Per KPI: mean, sd, 95% CI of the mean and its half-width relative to the mean. */
    static ObjectNode kpis(List<Outcome> reps) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (String kpi : Outcome.TOTALS) {
            Stats.Estimate e = Stats.estimate(values(reps, kpi));
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("mean", e.mean());
            m.put("sd", e.sd());
            m.put("ci_low", e.low());
            m.put("ci_high", e.high());
            m.put("relative_half_width", e.relativeHalfWidth());
            node.set(kpi, Json.numbers(m));
        }
        return node;
    }

    static double[] values(List<Outcome> reps, String kpi) {
        return reps.stream().mapToDouble(o -> o.total(kpi)).toArray();
    }
}
