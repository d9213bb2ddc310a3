package shequn.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import shequn.files.AtomicFile;
import shequn.output.ResultFiles;

/**
 * The folder a command writes, made ready before any work: created if need be, shown to be writable,
 * and locked for the command's life so that no other shequn process writes it meanwhile. The lock is
 * held with {@link FileChannel#tryLock()} on {@value #LOCK} in the folder (the operating system drops
 * it when the process ends, however it ends), which holds the last holder's pid. A second process is
 * refused in one line naming that pid, and writes nothing. The file stays once made (deleting a lock
 * file that another process may have just opened would let two processes hold "the" lock), except in
 * a folder made for a command that then wrote nothing, which is removed again.
 *
 * <p>A command takes it with {@link #open} and keeps it until it ends: {@link Main#execute} releases
 * what the command's thread holds. Within one process the lock is re-entrant on the thread that holds
 * it (showcase runs compare, mc draws its charts); another thread is refused as another process would be.
 */
final class OutputFolder implements AutoCloseable {
    static final String LOCK = ".shequn.lock";
    /** Tries to make and lock a folder that others keep making and removing (each for a command that wrote nothing). */
    private static final int ATTEMPTS = 5;

    /** Held folders by real path. */
    private static final Map<Path, OutputFolder> HELD = new HashMap<>();

    private final Path dir;
    private final Path real;
    private final Path createdTop;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread owner = Thread.currentThread();
    private int depth = 1;

    private OutputFolder(Path dir, Path real, Path createdTop, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.real = real;
        this.createdTop = createdTop;
        this.channel = channel;
        this.lock = lock;
    }

    /** A folder held by nobody: what {@link #reading} gives where no lock can be taken. */
    private static final OutputFolder NONE = new OutputFolder(null, null, null, null, null);

    Path path() {
        return dir;
    }

    /**
     * Creates {@code dir} if need be, shows it is writable and locks it; refuses (one line, exit 2) a
     * file in its place, a folder that cannot be created or written, and one another process is writing.
     * A folder made here is removed again on close if nothing was written into it.
     */
    static OutputFolder open(Path dir) throws BadInput {
        return open(dir, "--out", "wait for it or choose another --out");
    }

    /**
     * Whether something other than a folder is at {@code dir}, read in one look: with two (exists, then is a
     * folder) a folder another process removes in between would read as a file.
     */
    static boolean isFileNotFolder(Path dir) {
        try {
            return !Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class).isDirectory();
        } catch (java.io.IOException absentOrUnreadable) {
            return false; // nothing there (or nothing we can see): making it below says what is wrong
        }
    }

    /** As {@link #open(Path)}, naming {@code option} in the refusals. */
    static OutputFolder open(Path dir, String option, String busyAdvice) throws BadInput {
        if (isFileNotFolder(dir)) {
            throw new BadInput(dir + ": " + option + ": exists and is not a folder");
        }
        for (int attempt = 1; ; attempt++) {
            Path createdTop = null;
            try {
                for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
                     p = p.getParent()) {
                    createdTop = p;
                }
                Files.createDirectories(dir);
            } catch (FileAlreadyExistsException | NoSuchFileException e) {
                if (attempt == ATTEMPTS || !Files.exists(dir.toAbsolutePath().getParent())) {
                    throw new BadInput(dir + ": " + option + ": cannot create this folder (" + reason(e) + "); choose another "
                            + option);
                }
                continue; // made and removed meanwhile by another command that then wrote nothing: try again
            } catch (IOException | InvalidPathException | SecurityException e) {
                removeIfEmpty(dir, createdTop);
                throw new BadInput(dir + ": " + option + ": cannot create this folder (" + reason(e) + "); choose another "
                        + option);
            }
            try {
                return lock(dir, createdTop, busyAdvice);
            } catch (NoSuchFileException e) {
                if (attempt == ATTEMPTS) { // the folder keeps vanishing: another process removes what it made, each time
                    throw new BadInput(dir + " is being written by another shequn process; " + busyAdvice);
                }
            } catch (IOException | SecurityException e) {
                removeIfEmpty(dir, createdTop);
                throw new BadInput(dir + ": " + option + ": cannot write in this folder (" + reason(e) + "); choose another "
                        + option);
            } catch (BadInput e) {
                removeIfEmpty(dir, createdTop);
                throw e;
            }
        }
    }

    /**
     * Locks a results folder that a command reads (chart, report), so that it is not read while another
     * process writes it; a folder that is missing or that this process cannot write is not locked (no
     * shequn process of this user can be writing it), and nothing is created.
     */
    static OutputFolder reading(Path dir) throws BadInput {
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return NONE;
        }
        try {
            return lock(dir, null, "wait for it to finish");
        } catch (IOException | SecurityException e) {
            return NONE;
        }
    }

    private static OutputFolder lock(Path dir, Path createdTop, String busyAdvice) throws IOException, BadInput {
        Path real = dir.toRealPath();
        synchronized (HELD) {
            OutputFolder held = HELD.get(real);
            if (held != null) {
                if (held.owner != Thread.currentThread()) {
                    throw busy(dir, ProcessHandle.current().pid(), busyAdvice);
                }
                held.depth++;
                return held;
            }
            Path file = real.resolve(LOCK);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw busy(dir, ProcessHandle.current().pid(), busyAdvice); // another channel of this JVM holds it
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw busy(dir, holder(file), busyAdvice);
            }
            try {
                // the pid, for the refusal another process prints; written through the lock's own channel, as
                // closing any other descriptor of this file would drop the lock (POSIX record locks)
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            OutputFolder folder = new OutputFolder(dir, real, createdTop, channel, lock);
            HELD.put(real, folder);
            folder.removeLeftovers();
            return folder;
        }
    }

    /** Temporary files a killed writer left (no other writer can be at work: we hold the lock); best effort. */
    private void removeLeftovers() {
        for (Path d : new Path[] {dir, dir.resolve(ResultFiles.CHARTS)}) {
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(d, f -> AtomicFile.isTemporary(f.getFileName().toString())
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                // left for the next command: a leftover temporary file is never read as a result
            }
        }
    }

    /** Refuses a folder that already holds results, of this command or another ({@link ResultFiles}). */
    static void refuseResults(Path dir) throws BadInput, IOException {
        List<String> found = ResultFiles.present(dir);
        if (!found.isEmpty()) {
            throw new BadInput(dir + ": already holds results (" + found.get(0) + "); choose another --out");
        }
    }

    /** Releases every folder the current thread holds: {@link Main#execute} calls it as each command ends. */
    static void releaseAll() {
        synchronized (HELD) {
            for (OutputFolder f : HELD.values().stream().filter(f -> f.owner == Thread.currentThread()).toList()) {
                f.depth = 1;
                f.close();
            }
        }
    }

    /** Whether this thread holds {@code dir} (for tests). */
    static boolean holds(Path dir) throws IOException {
        synchronized (HELD) {
            OutputFolder f = HELD.get(dir.toRealPath());
            return f != null && f.owner == Thread.currentThread();
        }
    }

    @Override
    public void close() {
        if (this == NONE) {
            return;
        }
        synchronized (HELD) {
            if (--depth > 0 || HELD.get(real) != this) {
                return;
            }
            HELD.remove(real);
            if (createdTop != null && onlyLock()) {
                try {
                    Files.deleteIfExists(real.resolve(LOCK)); // a folder made for a command that wrote nothing goes
                } catch (IOException e) {
                    // then the folder stays, holding only the lock file
                }
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // closing a lock's channel fails only if already closed
            }
            removeIfEmpty(dir, createdTop);
        }
    }

    private boolean onlyLock() {
        try (Stream<Path> files = Files.list(real)) {
            return files.allMatch(f -> f.getFileName().toString().equals(LOCK));
        } catch (IOException e) {
            return false;
        }
    }

    private static BadInput busy(Path dir, long pid, String advice) {
        return new BadInput(dir + " is being written by another shequn process"
                + (pid > 0 ? " (pid " + pid + ")" : "") + "; " + advice);
    }

    /** The pid written in a lock file, or 0 if unknown. */
    private static long holder(Path file) {
        String text = readQuietly(file);
        if (text == null) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes the folders this command created, from {@code dir} up to {@code top}, as far as they are empty. */
    private static void removeIfEmpty(Path dir, Path top) {
        if (top == null) {
            return;
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty (or not ours to remove): stop here
            }
        }
    }

    /** The operating system's words for why a file operation failed, without Java's class names. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof InvalidPathException) {
            return "not a valid path";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
