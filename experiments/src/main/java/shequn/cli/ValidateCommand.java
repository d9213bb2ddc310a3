package shequn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

@Command(name = "validate", description = "Check a scenario file: prints 'ok' or the first problem (exit 2).")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML or JSON)")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field, e.g. population.consumers=100000")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioLoader.load(file, overrides);
        System.out.printf("%s: ok (%s: %d consumers, %d days, %d stores, %d groups, %d KOLs, %d campaigns)%n", file,
                s.name(), s.population().consumers(), s.days(), s.stores().size(), s.groups().size(), s.kols().size(),
                s.campaigns().size());
        return 0;
    }
}
