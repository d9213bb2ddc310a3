package shequn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.engine.RunResult;
import shequn.engine.Simulation;
import shequn.engine.WorldTooLargeException;
import shequn.output.ResultFiles;
import shequn.output.InputCopies;
import shequn.output.RunFiles;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

@Command(name = "run", description = "Run one replication and write daily KPIs (daily.csv) and summary.json.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML or JSON)")
    Path file;

    @Option(names = "--seed", description = "random seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--days", description = "days to simulate (default: the scenario's days)")
    Integer days;

    @Option(names = "--out", description = "output folder (default: ${DEFAULT-VALUE})", defaultValue = "out")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field, e.g. campaigns[0].budget=5000")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--force", description = "replace the results --out already holds (a previous run's, or another "
            + "command's): they are deleted, with its report and charts, just before the new files are written")
    boolean force;

    @Override
    public Integer call() throws Exception {
        List<String> settings = new ArrayList<>(overrides);
        if (days != null) {
            settings.add("days=" + days);
        }
        Scenario scenario = ScenarioLoader.load(file, settings);
        Sizes.worlds(file, List.of(scenario));
        checkFresh();
        OutputFolder.open(out); // created, writable and locked before any work; held until the command ends
        checkFresh(); // again: another process may have written it before we held the lock
        long runSeed = seed != null ? seed : scenario.seed();
        RunResult result;
        try (Progress bar = new Progress("simulating " + scenario.name(), scenario.days(), System.err)) {
            result = Simulation.run(scenario, runSeed, World.baseDirOf(file), (d, n) -> bar.update(d + 1));
        } catch (WorldTooLargeException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
        if (force) {
            ResultFiles.clear(out);
        }
        RunFiles.write(out, file, settings, result);
        InputCopies.write(out, List.of(file), settings);
        System.out.print(SummaryTable.render(result));
        System.out.println("wrote " + out.resolve("daily.csv") + ", daily_breakdown.csv, cascades.csv, summary.json, inputs/");
        return 0;
    }

    /** Refuses a folder that holds results (a previous run's, or any other command's) unless --force. */
    private void checkFresh() throws Exception {
        List<String> old = ResultFiles.present(out);
        if (!old.isEmpty() && !force) {
            throw new BadInput(out + ": already holds results (" + String.join(", ", old.subList(0, Math.min(3, old.size())))
                    + (old.size() > 3 ? ", …" : "") + "); choose another --out, or add --force to replace them");
        }
    }
}
