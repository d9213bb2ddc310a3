package shequn.cli;

import picocli.CommandLine;
import shequn.Version;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"shequn " + Version.VERSION};
    }
}
