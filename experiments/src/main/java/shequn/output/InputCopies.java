package shequn.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import shequn.Version;
import shequn.scenario.Overrides;

/**
 * DIR/inputs/: every scenario file a command ran, as it ran, with its --set settings (and --days)
 * applied, so an output folder says what produced it even after the library file is edited. A
 * relative {@code network.file} is made absolute so the copy loads from where it is. Sweep, response
 * and sensitivity points vary the copy by the settings their own tables list.
 */
public final class InputCopies {
    public static final String FOLDER = "inputs";

    private InputCopies() {
    }

    /** Writes one copy per distinct file, named as the file (a second file of the same name gets a number). */
    public static void write(Path out, List<Path> files, List<String> overrides) throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
        Path dir = out.resolve(FOLDER);
        Set<String> used = new HashSet<>();
        for (Path file : new LinkedHashSet<>(files)) {
            JsonNode tree = yaml.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(tree instanceof ObjectNode root)) {
                continue; // the loader has refused such a file already
            }
            for (String s : overrides) {
                Overrides.apply(root, Overrides.parse(s));
            }
            JsonNode network = root.path("network").path("file");
            if (network.isTextual() && !Path.of(network.asText()).isAbsolute()) {
                Path base = file.toAbsolutePath().getParent();
                root.withObject("/network").put("file", base.resolve(network.asText()).normalize().toString());
            }
            String name = file.getFileName().toString();
            for (int n = 2; !used.add(name); n++) {
                name = n + "-" + file.getFileName();
            }
            String header = "# " + file.getFileName() + " as run" + (overrides.isEmpty() ? "" : ", with --set "
                    + String.join(" --set ", overrides)) + "\n# " + Version.describe() + "\n";
            String text = header + yaml.writeValueAsString(root);
            new OutputDir(dir).write(name, w -> w.write(text));
        }
    }
}
