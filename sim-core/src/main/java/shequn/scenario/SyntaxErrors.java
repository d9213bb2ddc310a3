package shequn.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Malformed YAML or JSON: the parser's position and the gist of its complaint. SnakeYAML's
 * message opens with context ("while parsing a flow node") and states the actual problem
 * ("expected ',' or ']'") later, with its own, more precise position; that is what we show.
 */
public final class SyntaxErrors {

    private SyntaxErrors() {
    }

    public static ScenarioException of(String sourceName, JsonProcessingException e) {
        MarkedYAMLException yaml = yamlCause(e);
        if (yaml != null) {
            return new ScenarioException(sourceName, yaml.getProblemMark().getLine() + 1,
                    yaml.getProblemMark().getColumn() + 1, "", problem(e));
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(1, at.getColumnNr());
        return new ScenarioException(sourceName, line, column, "", problem(e));
    }

    /** The one-line gist of a parser's complaint. */
    static String problem(JsonProcessingException e) {
        MarkedYAMLException yaml = yamlCause(e);
        String text = yaml != null && yaml.getProblem() != null ? yaml.getProblem() : e.getOriginalMessage();
        return hint(ScenarioException.oneLine(text));
    }

    /** Parser texts a planner cannot act on, said in words (and Java class names never shown). */
    static String hint(String text) {
        if (text.contains("AliasEvent") || text.contains("alias")) {
            return SourceMap.ALIASES;
        }
        if (text.contains("nesting depth") || text.contains("Nesting Depth")) {
            return "nested too deeply (more than 1000 levels of lists or sections): this is not a scenario file";
        }
        if (text.startsWith("expected <block end>")) {
            return "the indentation does not line up: a field must start in the same column as the fields "
                    + "above it in its section (" + text + ")";
        }
        if (text.startsWith("mapping values are not allowed here")) {
            return "a field is indented under a value, or a value holds ': ' unquoted: check the indentation "
                    + "of this line and the one above, or put the value in quotes";
        }
        if (text.contains("(TAB)")) {
            return "a tab character: YAML is indented with spaces only";
        }
        if (text.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of a value (" + text.replaceAll("<[^>]*>", "").strip()
                    + "): is it cut short?";
        }
        if (text.contains("org.yaml") || text.contains("com.fasterxml") || text.contains("java.")) {
            return "not valid YAML here" + (text.contains(":") ? " (" + text.substring(0, text.indexOf(':')) + ")" : "");
        }
        return text;
    }

    private static MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                return y;
            }
        }
        return null;
    }
}
