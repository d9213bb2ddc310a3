package shequn.spark;

import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.spark.SparkConf;

/**
 * Spark's log, moved off the terminal into the experiment's folder: a failing cluster job shows the
 * user one line, and its stack traces (a lost executor, a task's exception) wait in {@value #FILE}.
 * Whatever level the configuration in force sets (shequn's: warnings; a cluster's own under
 * spark-submit) is kept; only where the lines go changes. The move lasts for the process: Spark's
 * shutdown hooks still log after the command, and a later experiment in the same process moves it
 * to its own folder.
 */
final class SparkLog {
    static final String FILE = "spark.log";
    private static final String APPENDER = "shequn-spark-log";
    private static final String LAST_ERROR = "shequn-spark-last-error";

    private final Path file;
    private final LastError last;

    private SparkLog(Path file, LastError last) {
        this.file = file;
        this.last = last;
    }

    /** Sends Spark's log lines to {@code folder}/{@value #FILE} (appending: a resumed run adds to it), none to the console. */
    static synchronized SparkLog into(Path folder) {
        Path file = folder.resolve(FILE).toAbsolutePath();
        // Spark sets up its logging on its first line, and under spark-submit (which undoes its own set-up
        // before it calls us) loads its defaults again then, console and all: have it do so now, before the move
        new SparkConf(false).initializeLogIfNecessary(false);
        // Spark's classes log through the context of the loader that holds Spark (under spark-submit
        // not the one that loaded shequn's classes, which would get a context of its own)
        LoggerContext context = (LoggerContext) LogManager.getContext(SparkConf.class.getClassLoader(), false);
        Configuration config = context.getConfiguration();
        FileAppender appender = FileAppender.newBuilder()
                .setName(APPENDER)
                .withFileName(file.toString())
                .withAppend(true)
                .setLayout(PatternLayout.newBuilder().withPattern("%d{yyyy-MM-dd HH:mm:ss} %p %c{1}: %m%n").build())
                .setConfiguration(config)
                .build();
        appender.start();
        LastError last = new LastError();
        last.start();
        for (LoggerConfig logger : loggers(config)) {
            for (Map.Entry<String, Appender> a : Map.copyOf(logger.getAppenders()).entrySet()) {
                if (a.getValue() instanceof ConsoleAppender || a.getKey().equals(APPENDER) || a.getKey().equals(LAST_ERROR)) {
                    logger.removeAppender(a.getKey()); // the terminal's, or an earlier experiment's file
                }
            }
            // the root gets them; a logger that does not pass its lines up to the root gets its own
            if (logger == config.getRootLogger() || !logger.isAdditive()) {
                logger.addAppender(appender, null, null);
                logger.addAppender(last, Level.ERROR, null);
            }
        }
        context.updateLoggers();
        return new SparkLog(file, last);
    }

    private static Iterable<LoggerConfig> loggers(Configuration config) {
        java.util.List<LoggerConfig> all = new java.util.ArrayList<>(config.getLoggers().values());
        if (!all.contains(config.getRootLogger())) {
            all.add(config.getRootLogger());
        }
        return all;
    }

    Path file() {
        return file;
    }

    /** The first line of the last error Spark logged, or null: why Spark stopped itself (a master gone, an application killed). */
    String lastError() {
        return last.message;
    }

    /** Keeps the last error's first line. */
    private static final class LastError extends AbstractAppender {
        private volatile String message;

        LastError() {
            super(LAST_ERROR, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            String text = event.getMessage().getFormattedMessage();
            message = text == null ? null : text.lines().findFirst().orElse(text);
        }
    }
}
