package shequn.montecarlo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import shequn.Version;
import shequn.output.Json;
import shequn.output.OutputDir;
import shequn.scenario.Scenario;

/**
 * experiment.json: what an output folder holds, written before the first replication. Resuming
 * checks it so that replications of two different experiments never end up in one table. The
 * scenarios are identified by a hash of their resolved content (file plus overrides), not by file
 * name, so an edited file is caught and a moved one is not.
 */
final class Manifest {
    static final String FILE = "experiment.json";

    private Manifest() {
    }

    static ObjectNode of(Plan plan) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("command", plan.command());
        m.put("version", Version.VERSION);
        m.put("build", Version.build()); // a resume must not mix the replications of two builds
        ArrayNode scenarios = m.putArray("scenarios");
        for (int s = 0; s < plan.scenarios().size(); s++) {
            ObjectNode node = scenarios.addObject();
            node.put("name", plan.scenarios().get(s).name());
            node.put("file", plan.files().get(s).toString());
            node.put("sha256", hash(plan.scenarios().get(s)));
        }
        m.set("overrides", Json.MAPPER.valueToTree(plan.overrides()));
        m.put("seed", plan.seed());
        m.put("reps", plan.reps());
        m.put("common_random_numbers", !plan.independent());
        if (plan.precision() != null) {
            m.put("precision", plan.precision());
            m.put("kpi", plan.kpi());
            m.put("max_reps", plan.maxReps());
        }
        return m;
    }

    static void write(Path dir, Plan plan) throws IOException {
        new OutputDir(dir).write(FILE, w -> Json.MAPPER.writeValue(w, of(plan)));
    }

    /** Refuses a folder whose manifest describes another experiment. */
    static void check(Path dir, Plan plan) throws IOException, ExperimentException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new ExperimentException(dir + ": --resume: no " + FILE + " here, so nothing to resume");
        }
        JsonNode found;
        try {
            found = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ExperimentException(file + ": not a readable experiment manifest");
        }
        // compared as read back from text, so numbers and lists have the same node types on both sides
        JsonNode wanted = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(of(plan)));
        String difference = difference(withoutFiles(found), withoutFiles(wanted));
        if (difference != null) {
            throw new ExperimentException(dir + ": holds a different experiment (" + difference + "); nothing was changed");
        }
    }

    private static String difference(JsonNode found, JsonNode wanted) {
        for (var it = wanted.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!wanted.get(field).equals(found.get(field))) {
                if (field.equals("build")) {
                    return "written by shequn " + found.path("build").asText("of an older build") + ", this is " + wanted.get(field).asText()
                            + "; a resume would mix the results of two builds: rerun into a new folder";
                }
                if (field.equals("scenarios")) {
                    return "scenario names or resolved content differ";
                }
                return field + " differs: folder has " + found.get(field) + ", this command " + wanted.get(field);
            }
        }
        return found.size() == wanted.size() ? null : "different settings";
    }

    private static JsonNode withoutFiles(JsonNode m) {
        JsonNode copy = m.deepCopy();
        copy.path("scenarios").forEach(s -> {
            if (s instanceof ObjectNode o) {
                o.remove("file");
            }
        });
        return copy;
    }

    /** SHA-256 of the scenario as the engine sees it, after defaults and overrides. */
    static String hash(Scenario scenario) {
        try {
            byte[] text = Json.MAPPER.writeValueAsBytes(scenario);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint scenario " + scenario.name(), e);
        }
    }
}
