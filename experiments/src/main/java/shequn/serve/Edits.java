package shequn.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page's edits to a scenario, as {@code --set} settings ({@code path=value}) applied after the
 * server's own. Only plain values of fields are accepted: no whole sections, no YAML mappings, and nothing
 * under {@code network} that names a file or its kind — an edge list is a file, and the page may make the
 * server read no file beyond the scenario folders. Everything else is left to the scenario loader, so the
 * page shows the CLI's own one-line messages.
 */
record Edits(List<String> settings) {
    static final int MOST = 200;
    private static final Pattern PATH = Pattern.compile("[a-z_]+(\\[\\d{1,4}])?(\\.[a-z_]+(\\[\\d{1,4}])?)*");
    private static final Pattern SCALAR = Pattern.compile("[^{}\\[\\]&*!|>%@`#\\n\\r]{0,200}");

    Edits {
        settings = List.copyOf(settings);
    }

    static final Edits NONE = new Edits(List.of());

    /** Parses {@code path=value} settings; a refused one throws with a one-line reason naming it. */
    static Edits parse(List<String> given) throws Refused {
        if (given.size() > MOST) {
            throw new Refused("too many edits (" + given.size() + "; at most " + MOST + ")");
        }
        List<String> out = new ArrayList<>();
        for (String s : given) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new Refused("--set " + oneLine(s) + ": expected PATH=VALUE");
            }
            String path = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            if (!PATH.matcher(path).matches() || !path.contains(".") && !path.equals("days") && !path.equals("seed")) {
                throw new Refused("--set " + oneLine(s) + ": the page edits single fields (e.g. campaigns[0].budget), "
                        + "not '" + oneLine(path) + "'");
            }
            if (path.startsWith("network.file") || path.equals("network.type")) {
                throw new Refused("--set " + oneLine(s) + ": " + path + " cannot be edited in the page (it would "
                        + "read a file); edit the scenario file instead");
            }
            if (value.isEmpty() || !SCALAR.matcher(value).matches()) {
                throw new Refused("--set " + oneLine(s) + ": expected one plain value (a number, true/false or a word)");
            }
            out.add(path + "=" + value);
        }
        return new Edits(out);
    }

    boolean isEmpty() {
        return settings.isEmpty();
    }

    /** A request's text in a message: one line, and short (messages never repeat much of what was sent). */
    static String oneLine(String s) {
        String t = s.replaceAll("[\\p{Cntrl}]", "?");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    /** An edit or request the page sent that the server will not carry out; the message is shown as is. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
