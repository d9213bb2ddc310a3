package shequn.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/** Loads the shipped scenario library (repo-root scenarios/) for tests, optionally scaled down. */
final class Scenarios {
    static final Path LIBRARY = locate();

    private Scenarios() {
    }

    static Scenario load(String name, String... overrides) throws Exception {
        return ScenarioLoader.load(LIBRARY.resolve(name), List.of(overrides));
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenarios")) && Files.exists(p.resolve("scenarios/baseline-no-community.yaml"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("scenarios/ not found above " + Path.of("").toAbsolutePath());
    }
}
