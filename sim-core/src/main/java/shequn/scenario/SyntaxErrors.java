package shequn.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Malformed YAML or JSON: the parser's position and the gist of its complaint. SnakeYAML's
 * message opens with context ("while parsing a flow node") and states the actual problem
 * ("expected ',' or ']'") later, with its own, more precise position; that is what we show.
 */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    static ScenarioException of(String sourceName, JsonProcessingException e) {
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
        return ScenarioException.oneLine(text);
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
