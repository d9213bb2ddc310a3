package shequn.scenario;

/**
 * A scenario that cannot be used, told in one line a planner can act on:
 * {@code FILE:LINE:COL: path.to.field: what is wrong}. The line and column are left out where
 * nothing in the file points at the problem (a missing file, a {@code --set} value). The CLI
 * prints {@link #getMessage()} and exits 2, so the message must stand on its own: no stack trace.
 */
public final class ScenarioException extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    /**
     * @param file    the scenario file, or the {@code --set ...} argument at fault
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param path    the field in file spelling ({@code campaigns[0].budget}), or "" for the whole file
     * @param problem what is wrong, one line
     */
    public ScenarioException(String file, int line, int column, String path, String problem) {
        super(format(file, line, column, path, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The field at fault in file spelling; "" for the file as a whole. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder out = new StringBuilder(file != null && file.startsWith("--set ") && file.length() > 120
                ? file.substring(0, 120) + "…" : file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ");
        if (path != null && !path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(oneLine(problem)).toString();
    }

    /**
     * The one line for a file that could not be read: missing, not allowed, not UTF-8 text, or the system's
     * own reason on one line.
     */
    public static ScenarioException cannotRead(String name, java.io.IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.charset.CharacterCodingException ? "not UTF-8 text"
                : oneLine(e.getMessage());
        return new ScenarioException(name, 0, 0, "", "cannot read: " + why);
    }

    /** Messages from parsers span several lines; the terminal gets the first one only. */
    public static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "invalid";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return shorten((newline < 0 ? trimmed : trimmed.substring(0, newline)).strip());
    }

    /** A quoted value of the file's over 60 characters is cut (a mistaken file may hold megabytes, or a secret). */
    private static final java.util.regex.Pattern LONG_QUOTE = java.util.regex.Pattern.compile("'([^']{60})[^']{10,}'");

    static String shorten(String text) {
        String cut = LONG_QUOTE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("'" + m.group(1) + "…'"));
        return cut.length() > 2000 ? cut.substring(0, 2000) + "…" : cut;
    }
}
