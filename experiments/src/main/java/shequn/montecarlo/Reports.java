package shequn.montecarlo;

import java.io.IOException;
import java.nio.file.Path;
import shequn.output.Json;
import shequn.output.OutputDir;

/** The summary files of a finished experiment, each written atomically. */
public final class Reports {
    private Reports() {
    }

    public static void writeMc(Path dir, Experiment.Result result, int threads) throws IOException {
        OutputDir out = new OutputDir(dir);
        out.write("daily_summary.csv", w -> DailySummary.write(w, result));
        out.write("summary.json", w -> Json.MAPPER.writeValue(w, Summary.of(result, threads)));
    }

    public static Comparison writeCompare(Path dir, Experiment.Result result, int threads) throws IOException {
        Comparison comparison = new Comparison(result);
        writeMc(dir, result, threads);
        new OutputDir(dir).write("comparison.csv", comparison::writeCsv);
        new OutputDir(dir).write("incremental.csv", comparison::writeIncrementalCsv);
        return comparison;
    }
}
