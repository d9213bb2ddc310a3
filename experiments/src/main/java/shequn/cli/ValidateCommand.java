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
        Sizes.worlds(file, List.of(s)); // what building the world would refuse: the edge list, the heap
        System.out.printf("%s: ok (%s: %s, %s, %s, %s, %s, %s)%n", file, s.name(),
                count(s.consumers(), "consumer"), count(s.days(), "day"), count(s.stores().size(), "store"),
                count(s.groups().size(), "group"), count(s.kols().size(), "KOL"), count(s.campaigns().size(), "campaign"));
        return 0;
    }

    static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
