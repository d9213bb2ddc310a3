package shequn;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The build that is running, written into every summary so results can be traced to code: the
 * version from the pom, the git commit the sources were built from and whether they had
 * uncommitted changes ("dirty"), and the Java version. The build fills these in
 * (shequn/build.properties); a class path without them (an IDE that does not filter resources)
 * reports "unknown".
 */
public final class Version {
    private static final Properties BUILD = load();

    /** The version in the pom, e.g. {@code 0.1.0}. */
    public static final String VERSION = value("version");
    /** The full git commit hash the sources were built from, or {@code unknown}. */
    public static final String COMMIT = value("commit");
    /** Whether the sources had uncommitted changes when built. */
    public static final boolean DIRTY = "true".equals(value("dirty"));
    /** When the build ran (UTC, ISO 8601), or {@code unknown}. */
    public static final String BUILT = value("built");
    /** The Java version running now. */
    public static final String JAVA = System.getProperty("java.version", "unknown");

    private Version() {
    }

    /** The commit shortened to 12 characters, with {@code -dirty} for uncommitted changes. */
    public static String commitShort() {
        String c = COMMIT.length() > 12 && !COMMIT.equals("unknown") ? COMMIT.substring(0, 12) : COMMIT;
        return DIRTY ? c + "-dirty" : c;
    }

    /**
     * What identifies this build, for refusing to mix results of two builds in one folder: the
     * version and commit, and for uncommitted changes also the build time (two dirty builds of one
     * commit may differ).
     */
    public static String build() {
        return VERSION + " " + commitShort() + (DIRTY ? " built " + BUILT : "");
    }

    /** One line for --version and logs, e.g. {@code shequn 0.1.0 (commit 1a2b3c4d5e6f, Java 17.0.9)}. */
    public static String describe() {
        return "shequn " + VERSION + " (commit " + commitShort() + (DIRTY ? ", built " + BUILT : "") + ", Java " + JAVA + ")";
    }

    /** The fields every summary.json carries: version, commit, dirty, java. */
    public static Map<String, Object> provenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", VERSION);
        m.put("commit", COMMIT);
        m.put("dirty", DIRTY);
        m.put("java", JAVA);
        return m;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // reported as unknown
        }
        return p;
    }

    private static String value(String key) {
        String v = BUILD.getProperty(key, "");
        return v.isBlank() || v.contains("${") ? "unknown" : v.trim();
    }
}
