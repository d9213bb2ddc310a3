package shequn.cli;

import java.io.PrintStream;
import shequn.files.Written;

/**
 * Ctrl-C in a command that cannot resume (optimize, calibrate): its partial files would only block the
 * next try ("already holds results"), so on the way out it removes every file it made and says so in
 * one line. The process still ends with code 130, as after any Ctrl-C.
 */
final class StopCleanly implements AutoCloseable {
    private final Thread hook;

    StopCleanly(String command, PrintStream err) {
        hook = new Thread(() -> {
            int removed = Written.abandon();
            err.println("shequn: " + command + " interrupted; removed the " + removed + " file" + (removed == 1 ? "" : "s")
                    + " it had written (it cannot resume): run it again to start over");
            err.flush();
        }, "shequn-stop-" + command);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running now
        }
    }
}
