package shequn.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/**
 * What an executor needs to build a scenario's world: the scenario's text (a few kilobytes), the
 * {@code --set} overrides applied to it and the folder relative file names (an edge list) are read
 * from — never the parsed scenario or a world. Each executor parses it once per task.
 *
 * @param text       the scenario file's content, or the resolved scenario as JSON
 * @param sourceName the file name (its extension tells YAML from JSON)
 * @param overrides  {@code path=value} settings
 * @param baseDir    folder of the scenario file, or null
 */
record Source(String text, String sourceName, List<String> overrides, String baseDir) implements Serializable {
    private static final long serialVersionUID = 1L;

    Source {
        overrides = List.copyOf(overrides);
    }

    Scenario scenario() throws ScenarioException {
        return ScenarioLoader.parse(text, sourceName, baseDir == null ? null : Path.of(baseDir), overrides);
    }
}
