package shequn.files;

import java.nio.charset.StandardCharsets;

/**
 * A file name made from text a user wrote (a scenario, plan or strategy name): whatever the text,
 * the result names one plain file in the folder it is resolved against. Letters and digits of any
 * script (so 社群 stays 社群), {@code -} and {@code _} are kept, {@code .} too except at the start;
 * everything else (separators, NUL, control characters, spaces, quotes) becomes {@code -}. The
 * result is at most {@link #MAX_BYTES} bytes of UTF-8, never empty and never {@code .} or {@code ..}.
 */
public final class SafeName {
    /** Longest slug in UTF-8 bytes: far below the 255-byte limit of common file systems, leaving room for a suffix. */
    public static final int MAX_BYTES = 80;

    /** The slug of an empty name, or of one with nothing usable in it. */
    static final String UNNAMED = "unnamed";

    private SafeName() {
    }

    public static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String piece = kept(cp) ? new String(Character.toChars(cp)) : "-";
                if (piece.equals("-") && sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
                    continue; // one dash for a run of replaced characters
                }
                if (sb.length() == 0 && (piece.equals(".") || piece.equals("-"))) {
                    continue; // no leading dot (hidden file, "." or "..") and no leading dash (read as an option)
                }
                int size = piece.getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > MAX_BYTES) {
                    break;
                }
                sb.append(piece);
                bytes += size;
            }
        }
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == '-' || sb.charAt(sb.length() - 1) == '.')) {
            sb.setLength(sb.length() - 1); // nor a trailing dash or dot
        }
        return sb.length() == 0 ? UNNAMED : sb.toString();
    }

    private static boolean kept(int cp) {
        return cp == '-' || cp == '_' || cp == '.' || Character.isLetterOrDigit(cp);
    }
}
