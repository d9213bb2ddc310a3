package shequn.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scenario's name becomes a file name only through {@link SafeName#slug}: one plain file, inside the folder. */
class SafeNameTest {
    static final Path DIR = Path.of("/results/out").toAbsolutePath();
    static final String SEPARATORS = "./\\\0:-_ \n";

    /** What every slug must be, whatever the text: one plain, visible, bounded file name that stays in DIR. */
    static void assertSafe(String text) {
        String s = SafeName.slug(text);
        assertFalse(s.isEmpty(), text);
        assertFalse(s.equals(".") || s.equals(".."), text);
        assertFalse(s.startsWith(".") || s.startsWith("-"), s);
        assertTrue(s.getBytes(StandardCharsets.UTF_8).length <= SafeName.MAX_BYTES, s);
        assertTrue(s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.'), s);
        Path p = DIR.resolve(s + "-optimised.yaml").normalize();
        assertEquals(DIR, p.getParent(), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "/etc/passwd", "..", ".", "", "a/b\\c", "a\0b", "-rf", ".hidden", "...",
            "C:\\Windows\\x", "name\nwith\nlines", "\u202Eevil", "a:b*c?d\"e<f>g|h", "  ", "~/x", "$(rm -rf)"})
    void hostileNamesStayOneFileInsideTheFolder(String name) {
        assertSafe(name);
    }

    @Test
    void ordinaryNamesAreKeptAsTheyAre() {
        assertEquals("store-plus-community", SafeName.slug("store-plus-community"));
        assertEquals("plan_2.v3", SafeName.slug("plan_2.v3"));
        assertEquals("社群-团购", SafeName.slug("社群 团购"));
        assertEquals("x", SafeName.slug("../../x"));
        assertEquals("etc-passwd", SafeName.slug("/etc/passwd"));
        assertEquals("a-b", SafeName.slug("a\0b"));
        assertEquals(SafeName.UNNAMED, SafeName.slug(".."));
        assertEquals(SafeName.UNNAMED, SafeName.slug(""));
        assertEquals(SafeName.UNNAMED, SafeName.slug(null));
    }

    @Test
    void longNamesAreCutToTheByteLimitOnACharacterBoundary() {
        assertEquals("a".repeat(SafeName.MAX_BYTES), SafeName.slug("a".repeat(300)));
        String cjk = SafeName.slug("社".repeat(300));
        assertEquals(SafeName.MAX_BYTES / 3, cjk.length()); // three UTF-8 bytes each, none cut in half
        assertSafe("😀".repeat(100));
    }

    @Test
    void randomTextIsAlwaysSafe() {
        Random random = new Random(14);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(120);
            for (int k = 0; k < n; k++) {
                int c = switch (random.nextInt(4)) {
                    case 0 -> SEPARATORS.charAt(random.nextInt(SEPARATORS.length()));
                    case 1 -> 0x20 + random.nextInt(0x60);
                    case 2 -> 0x4E00 + random.nextInt(0x5000);
                    default -> random.nextInt(0x10FFFF);
                };
                if (Character.isValidCodePoint(c) && !Character.isSurrogate((char) c)) {
                    sb.appendCodePoint(c);
                }
            }
            assertSafe(sb.toString());
        }
    }
}
