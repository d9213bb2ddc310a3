package shequn.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field and list element of a scenario file is written, so that every complaint can
 * point at its line. Parsed trees forget positions, and record binding reports an unknown field
 * at the end of its section, hence this separate pass over the tokens.
 */
public final class SourceMap {

    /** A 1-based position in the file. */
    public record Location(int line, int column) {
    }

    /** Something wrong with the file's shape that the parser lets through, at a known place. */
    public static final class Problem extends IOException {
        private final String path;
        private final Location location;
        private final String problem;

        Problem(String path, Location location, String problem) {
            super(problem);
            this.path = path;
            this.location = location;
            this.problem = problem;
        }

        public String path() {
            return path;
        }

        public Location location() {
            return location;
        }

        public String problem() {
            return problem;
        }
    }

    private static final Location START = new Location(1, 1);

    /** YAML aliases are refused: Jackson reads {@code *name} as the text "name", never as the anchored value. */
    static final String ALIASES = "YAML aliases (*name) are not supported: write the value out in full";

    private final Map<String, Location> locations;

    private SourceMap(Map<String, Location> locations) {
        this.locations = locations;
    }

    /** A map for text that has no file behind it: everything is reported without a line. */
    public static SourceMap empty() {
        return new SourceMap(Map.of());
    }

    /**
     * Reads every token once. Malformed input surfaces here as the parser's exception; a key given
     * twice in one section, a second YAML document, or a YAML alias ({@code *name}: Jackson would read
     * it as the text "name"), as {@link Problem}.
     */
    public static SourceMap scan(JsonParser parser) throws IOException {
        Map<String, Location> locations = new HashMap<>();
        locations.put("", START);
        Deque<Section> open = new ArrayDeque<>();
        int roots = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            Location here = locationOf(parser.currentTokenLocation());
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                String path = token == JsonToken.FIELD_NAME || open.isEmpty() ? open.isEmpty() ? "" : open.peek().path
                        : open.peek().list ? ScenarioPath.element(open.peek().path, open.peek().nextIndex)
                        : open.peek().pendingField;
                throw new Problem(path, here, ALIASES);
            }
            if (token == JsonToken.FIELD_NAME) {
                String path = ScenarioPath.field(open.peek().path, parser.currentName());
                Location before = locations.putIfAbsent(path, here);
                if (before != null) {
                    throw new Problem(path, here, "duplicate key '" + parser.currentName()
                            + "' (first given at line " + before.line() + "); which one is meant?");
                }
                open.peek().pendingField = path;
            } else if (token.isStructEnd()) {
                open.pop();
            } else {
                if (open.isEmpty() && roots++ > 0) {
                    throw new Problem("", here, "a second document in the file; one scenario per file");
                }
                String path = valuePath(open, here, locations);
                if (token.isStructStart()) {
                    open.push(new Section(path, token == JsonToken.START_ARRAY));
                }
            }
        }
        return new SourceMap(locations);
    }

    /** Where a path is written, or where its nearest written parent is (a default has no line of its own). */
    public Location locate(String path) {
        for (String p = path; ; p = ScenarioPath.parent(p)) {
            Location found = locations.get(p);
            if (found != null || p.isEmpty()) {
                return found;
            }
        }
    }

    private static String valuePath(Deque<Section> open, Location here, Map<String, Location> locations) {
        Section section = open.peek();
        if (section == null) {
            return "";
        }
        if (!section.list) {
            return section.pendingField;
        }
        String path = ScenarioPath.element(section.path, section.nextIndex++);
        locations.put(path, here);
        return path;
    }

    private static Location locationOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? START
                : new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static final class Section {
        final String path;
        final boolean list;
        String pendingField;
        int nextIndex;

        Section(String path, boolean list) {
            this.path = path;
            this.list = list;
        }
    }
}
