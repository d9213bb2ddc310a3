package shequn.cli;

import java.nio.file.Path;

/**
 * A second shequn process for {@link OutputSafetyTest}: locks the folder given as it would for a
 * command, says "locked" on stdout, and holds the lock until its stdin closes.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputFolder folder = OutputFolder.open(Path.of(args[0]))) {
            System.out.println("locked " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin (or dies)
            }
        }
    }
}
