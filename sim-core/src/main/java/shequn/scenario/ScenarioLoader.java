package shequn.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scenario file (YAML or JSON), applies {@code --set} overrides, binds it to
 * {@link Scenario} and validates it. Anything wrong becomes one {@link ScenarioException} that
 * names the file, line, column and field.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** Loads {@code .yaml}, {@code .yml} or {@code .json}; edge lists are looked up next to the file. */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
            throw new ScenarioException(name, 0, 0, "", "unsupported file type: expected .yaml, .yml or .json");
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(read(file), name, dir, overrides);
    }

    /**
     * Loads scenario text; JSON if {@code sourceName} ends in {@code .json}, YAML otherwise.
     *
     * @param sourceName what messages call the text, usually its file name
     * @param baseDir    where relative file names (the edge list) are looked up; null for the working directory
     * @param overrides  {@code path=value} settings, applied in order after the text is read
     */
    public static Scenario parse(String text, String sourceName, Path baseDir, List<String> overrides)
            throws ScenarioException {
        ObjectMapper mapper = StrictMappers.forSource(sourceName);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SourceMap where = scan(mapper, body, sourceName);
        Blame blame = new Blame(sourceName, where);
        ObjectNode root = readRoot(mapper, body, blame);
        for (String argument : overrides == null ? List.<String>of() : overrides) {
            blame.settings.add(applyOverride(root, argument));
        }
        ScenarioProblem written = ScenarioValidator.asWritten(root);
        if (written != null) {
            throw blame.at(written);
        }
        Scenario scenario = bind(mapper, root, blame);
        List<ScenarioProblem> problems = ScenarioValidator.problems(scenario, baseDir);
        if (!problems.isEmpty()) {
            throw blame.first(problems);
        }
        return withEdgeListResolved(scenario, baseDir);
    }

    private static String read(Path file) throws ScenarioException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: is a directory");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: permission denied");
        } catch (MalformedInputException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: " + ScenarioException.oneLine(e.getMessage()));
        }
    }

    private static SourceMap scan(ObjectMapper mapper, String text, String sourceName) throws ScenarioException {
        try (JsonParser parser = mapper.createParser(text)) {
            // The scan reports duplicates itself, with the field's path and both lines.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return SourceMap.scan(parser);
        } catch (SourceMap.Problem p) {
            throw new ScenarioException(sourceName, p.location().line(), p.location().column(), p.path(), p.problem());
        } catch (JsonProcessingException e) {
            throw SyntaxErrors.of(sourceName, e);
        } catch (IOException e) {
            throw new ScenarioException(sourceName, 0, 0, "", "cannot read: " + ScenarioException.oneLine(e.getMessage()));
        }
    }

    private static ObjectNode readRoot(ObjectMapper mapper, String text, Blame blame) throws ScenarioException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw SyntaxErrors.of(blame.sourceName, e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return mapper.createObjectNode();
        }
        if (!root.isObject()) {
            throw blame.at(new ScenarioProblem("", "expected " + ScenarioSchema.describe(Scenario.class)
                    + ", got " + (root.isArray() ? "a list" : "a single value")));
        }
        return (ObjectNode) root;
    }

    private static Overrides.Setting applyOverride(ObjectNode root, String argument) throws ScenarioException {
        String where = "--set " + argument;
        try {
            Overrides.Setting setting = Overrides.parse(argument);
            Overrides.apply(root, setting);
            return setting;
        } catch (TreePathException e) {
            throw new ScenarioException(where, 0, 0, e.path(), e.problem());
        }
    }

    private static Scenario bind(ObjectMapper mapper, ObjectNode root, Blame blame) throws ScenarioException {
        try {
            return mapper.treeToValue(root, Scenario.class);
        } catch (JsonMappingException e) {
            throw blame.at(BindingErrors.explain(e, root));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw blame.at(new ScenarioProblem("", ScenarioException.oneLine(e.getMessage())));
        }
    }

    /** The engine gets a path it can open from any working directory. */
    private static Scenario withEdgeListResolved(Scenario s, Path baseDir) {
        Network n = s.network();
        if (n.type() != Network.Type.EDGE_LIST) {
            return s;
        }
        Network resolved = n.withFile(ScenarioValidator.resolve(baseDir, n.file()).toString());
        return new Scenario(s.name(), s.description(), s.days(), s.seed(), s.population(), resolved, s.stores(),
                s.kols(), s.groups(), s.behaviour(), s.engagement(), s.levers(), s.campaigns());
    }

    /**
     * Decides where a problem is reported: at the {@code --set} that last touched the field (the
     * file is not at fault there), else at the field's line in the file or its nearest written parent.
     */
    private static final class Blame {
        final String sourceName;
        final SourceMap where;
        final List<Overrides.Setting> settings = new ArrayList<>();

        Blame(String sourceName, SourceMap where) {
            this.sourceName = sourceName;
            this.where = where;
        }

        ScenarioException at(ScenarioProblem problem) {
            String path = problem.path();
            for (int i = settings.size() - 1; i >= 0; i--) {
                Overrides.Setting s = settings.get(i);
                if (!path.isEmpty() && (ScenarioPath.within(path, s.path()) || ScenarioPath.within(s.path(), path))) {
                    return new ScenarioException("--set " + s.argument(), 0, 0, path, problem.message());
                }
            }
            SourceMap.Location at = where.locate(path);
            return at == null
                    ? new ScenarioException(sourceName, 0, 0, path, problem.message())
                    : new ScenarioException(sourceName, at.line(), at.column(), path, problem.message());
        }

        /** The first problem in schema order, which checks a count before the ties that depend on it. */
        ScenarioException first(List<ScenarioProblem> problems) {
            return at(problems.get(0));
        }
    }
}
