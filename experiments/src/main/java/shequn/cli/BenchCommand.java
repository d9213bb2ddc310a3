package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shequn.perf.BenchSuite;

@Command(name = "bench", description = {
    "Measure the engine's speed and memory: agent-days/s, bytes per consumer, mc on one thread against all cores, "
        + "and the word-of-mouth kernel against a textbook MASON model and a bare loop (docs/PERFORMANCE.md). Each row "
        + "of the performance issue's table ends with its target: met or not met.",
    "Several minutes; --quick: seconds, at sizes that judge no target. Give the 10-million-consumer row a big heap: "
        + "JAVA_OPTS=-Xmx16g shequn bench"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "small sizes, a few seconds (the same rows; no target is judged)")
    boolean quick;

    @Option(names = "--runs", description = "measured runs per row; the median is printed (default: 3, --quick: 1)")
    Integer runs;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "the scenario library (default: the bundled one, found from anywhere)")
    Path scenarios;

    @Override
    public Integer call() throws Exception {
        Path dir = scenarios != null ? scenarios : Home.scenarios();
        if (!Files.exists(dir.resolve("store-plus-community.yaml")) || !Files.exists(dir.resolve("baseline-no-community.yaml"))) {
            throw new BadInput(dir + ": --scenarios: needs store-plus-community.yaml and baseline-no-community.yaml");
        }
        int n = runs != null ? runs : quick ? 1 : 3;
        if (n < 1) {
            throw new BadInput("--runs: must be at least 1, got " + n);
        }
        BenchSuite.Sizes sizes = quick ? BenchSuite.quick() : BenchSuite.full();
        long[] done = {0};
        try (Progress bar = new Progress("benchmarking", BenchSuite.steps(n), System.err)) {
            new BenchSuite(dir, sizes, n, System.out, () -> bar.update(++done[0])).run();
        }
        return 0;
    }
}
