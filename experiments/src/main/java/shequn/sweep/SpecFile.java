package shequn.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioPath;
import shequn.scenario.SourceMap;

/**
 * An experiment file (sweep, optimisation, calibration) read as a tree with the line and column of
 * every field, so that each problem is reported as one line {@code FILE:LINE:COL: path: what is wrong}
 * (exit code 2), like a bad scenario file.
 */
public final class SpecFile {
    private static final ObjectMapper YAML = new YAMLMapper();

    private final Path file;
    private final JsonNode root;
    private final SourceMap where;

    private SpecFile(Path file, JsonNode root, SourceMap where) {
        this.file = file;
        this.root = root;
        this.where = where;
    }

    public static SpecFile read(Path file) throws ScenarioException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Files.isDirectory(file) ? new ScenarioException(name, 0, 0, "", "cannot read: is a directory")
                    : ScenarioException.cannotRead(name, e);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: not a valid path");
        }
        return parse(text, file);
    }

    public static SpecFile parse(String text, Path file) throws ScenarioException {
        String name = file.toString();
        try (JsonParser parser = YAML.createParser(text)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            SourceMap where = SourceMap.scan(parser);
            JsonNode root = YAML.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ScenarioException(name, 0, 0, "", "empty file");
            }
            if (!root.isObject()) {
                throw new ScenarioException(name, 1, 1, "", "expected a mapping of fields");
            }
            return new SpecFile(file, root, where);
        } catch (SourceMap.Problem p) {
            throw new ScenarioException(name, p.location().line(), p.location().column(), p.path(), p.problem());
        } catch (JsonProcessingException e) {
            throw shequn.scenario.SyntaxErrors.of(name, e);
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: " + ScenarioException.oneLine(e.getMessage()));
        }
    }

    public Path file() {
        return file;
    }

    /** Folder that relative paths in the file (the base scenario, observed data) are read from. */
    public Path dir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    public JsonNode root() {
        return root;
    }

    /** The node at a path ("" the root), or a missing node. */
    public JsonNode at(String path) {
        if (path.isEmpty()) {
            return root;
        }
        JsonNode node = root;
        for (ScenarioPath.Step s : ScenarioPath.parse(path)) {
            node = s.isField() ? node.path(s.name()) : node.path(s.index());
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /** A problem at a path, located at the path's line in the file (or its nearest written parent). */
    public ScenarioException error(String path, String problem) {
        SourceMap.Location at = where.locate(path);
        return at == null ? new ScenarioException(file.toString(), 0, 0, path, problem)
                : new ScenarioException(file.toString(), at.line(), at.column(), path, problem);
    }

    /** Refuses fields other than {@code allowed} in the mapping at {@code path}. */
    public void onlyFields(String path, Set<String> allowed) throws ScenarioException {
        JsonNode node = at(path);
        if (!node.isObject()) {
            throw error(path, "expected a mapping of fields (" + String.join(", ", allowed) + ")");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error(ScenarioPath.field(path, f), "unknown field '" + f + "' (valid: " + String.join(", ", allowed) + ")");
            }
        }
    }

    public String text(String path, String fallback) throws ScenarioException {
        JsonNode n = at(path);
        if (n.isMissingNode() || n.isNull()) {
            if (fallback == null) {
                throw error(path, "required: give " + path);
            }
            return fallback;
        }
        if (!n.isValueNode() || n.isNumber() || n.isBoolean()) {
            throw error(path, "expected text, got " + describe(n));
        }
        return n.asText();
    }

    public long whole(String path, Long fallback, long min, long max) throws ScenarioException {
        JsonNode n = at(path);
        if (n.isMissingNode() || n.isNull()) {
            if (fallback == null) {
                throw error(path, "required: give " + path);
            }
            return fallback;
        }
        if (!n.isIntegralNumber()) {
            throw error(path, "expected a whole number, got " + describe(n));
        }
        if (!n.canConvertToLong()) { // asLong() would give 0 for a number beyond 64 bits
            throw error(path, "must be between " + min + " and " + max + ", got " + n.bigIntegerValue());
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw error(path, "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    public double number(String path, Double fallback) throws ScenarioException {
        JsonNode n = at(path);
        if (n.isMissingNode() || n.isNull()) {
            if (fallback == null) {
                throw error(path, "required: give " + path);
            }
            return fallback;
        }
        if (!n.isNumber()) {
            throw error(path, "expected a number, got " + describe(n));
        }
        if (!Double.isFinite(n.asDouble())) {
            throw error(path, "expected a finite number, got " + describe(n));
        }
        return n.asDouble();
    }

    public boolean flag(String path, boolean fallback) throws ScenarioException {
        JsonNode n = at(path);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw error(path, "expected true or false, got " + describe(n));
        }
        return n.asBoolean();
    }

    /** A list of {@code path=value} settings (the file's {@code set:}). */
    public List<String> settings(String path) throws ScenarioException {
        List<String> out = new ArrayList<>();
        JsonNode n = at(path);
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw error(path, "expected a list of path=value settings, e.g. [population.consumers=2000, days=120]");
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode s = n.get(i);
            if (!s.isTextual() || !s.asText().contains("=")) {
                throw error(ScenarioPath.element(path, i), "expected path=value, e.g. population.consumers=2000, got " + describe(s));
            }
            out.add(s.asText());
        }
        return out;
    }

    /** A value as messages quote it. */
    public static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "'" + n.asText() + "'";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        return n.toString();
    }
}
