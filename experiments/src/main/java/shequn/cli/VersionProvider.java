package shequn.cli;

import picocli.CommandLine;
import shequn.Version;

/** {@code --version}: the version from the pom, the git commit built (and whether it had uncommitted changes), Java. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "shequn " + Version.VERSION,
            "commit " + Version.COMMIT + (Version.DIRTY ? " with uncommitted changes" : ""),
            "built " + Version.BUILT,
            "Java " + Version.JAVA + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }
}
