package shequn.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import shequn.engine.RunResult;

/** The files of one replication: daily.csv, daily_breakdown.csv, cascades.csv and summary.json. */
public final class RunFiles {
    private RunFiles() {
    }

    public static void write(Path dir, Path scenarioFile, List<String> overrides, RunResult r) throws IOException {
        OutputDir out = new OutputDir(dir);
        out.write("daily.csv", r.daily()::writeCsv);
        out.write("daily_breakdown.csv", r.daily()::writeBreakdownCsv);
        out.write("cascades.csv", w -> {
            w.write("cascade,size,source\n");
            int[] sizes = r.cascadeSizes();
            for (int k = 0; k < sizes.length; k++) {
                w.write(k + "," + sizes[k] + "," + r.cascadeSources()[k] + "\n");
            }
        });
        out.write("summary.json", w -> Json.MAPPER.writeValue(w, summary(scenarioFile, overrides, r)));
    }

    static ObjectNode summary(Path scenarioFile, List<String> overrides, RunResult r) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("scenario", r.scenario());
        s.put("scenario_file", scenarioFile.toString());
        s.putPOJO("overrides", overrides);
        s.put("seed", r.seed());
        Json.provenance(s); // version, commit, dirty, java
        s.put("days", r.days());
        s.put("consumers", r.consumers());
        s.set("totals", Json.numbers(RunTotals.named(r.totals())));
        s.put("build_seconds", r.buildMillis() / 1000.0);
        s.put("run_seconds", r.runMillis() / 1000.0);
        s.put("agent_days_per_second", r.runMillis() == 0 ? 0 : (double) r.consumers() * r.days() / (r.runMillis() / 1000.0));
        s.put("written_at", Instant.now().toString());
        return s;
    }
}
