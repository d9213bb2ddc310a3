package shequn.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is never seen half-written: to a temporary file beside it, moved into
 * place only once complete. Every result file shequn writes goes through here. The temporary name
 * is unique to each write ({@code .NAME.<random>.tmp}), so two writers of one file — two threads,
 * or two processes sharing an output folder — never write into each other's temporary file: each
 * move puts one whole file in place.
 */
public final class AtomicFile {
    /** Ends the name of every temporary file written here. */
    public static final String TMP_SUFFIX = ".tmp";

    /** Longest part (UTF-8 bytes) of the target's name kept in a temporary name, so that it stays under 255 bytes. */
    private static final int NAME_IN_TMP = 160;

    private static final Pattern TEMPORARY = Pattern.compile("\\..*\\.[0-9]+\\.tmp");

    /** rw-rw-rw- before the umask, as for a file made by Files.newOutputStream (createTempFile alone gives rw-------). */
    private static final FileAttribute<?>[] AS_USUAL = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))}
            : new FileAttribute<?>[0];

    private AtomicFile() {
    }

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} whole or not at all. A failure to write (a full disk) is a {@link WriteFailure}
     * naming {@code target}, and leaves no temporary file; a file this creates is recorded in {@link Written}.
     */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        boolean existed = Written.exists(target);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, tmpPrefix(target.getFileName().toString()), TMP_SUFFIX, AS_USUAL);
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
        try (OutputStream out = Written.guard(Files.newOutputStream(tmp), target)) {
            body.write(out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw WriteFailure.of(target, e);
        } catch (RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw WriteFailure.of(target, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (!existed) {
            Written.created(target);
        }
    }

    /**
     * As {@link #write(Path, Body)}, for the file {@code name} in {@code dir}; refuses (before writing
     * anything) a name that is not one plain file name there — one with a separator, {@code ..}, or
     * that would resolve outside {@code dir} — since such a name must never have reached a writer.
     */
    public static Path writeIn(Path dir, String name, Body body) throws IOException {
        Path target = inside(dir, name);
        write(target, body);
        return target;
    }

    /** {@code dir/name}, checked to be a file directly inside {@code dir}. */
    public static Path inside(Path dir, String name) {
        Path base = dir.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file name: " + printable(name), e);
        }
        if (name.isEmpty() || !base.equals(target.getParent()) || !target.getFileName().toString().equals(name)) {
            throw new IllegalArgumentException("refusing to write " + printable(name) + ": not a plain file name inside "
                    + base);
        }
        return dir.resolve(name);
    }

    /** Whether {@code name} is the name of a temporary file written here (one a killed writer may leave). */
    public static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    private static String tmpPrefix(String name) {
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAME_IN_TMP) {
                break;
            }
            end += Character.charCount(cp);
        }
        return "." + name.substring(0, end) + ".";
    }

    private static String printable(String name) {
        return "'" + name.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
