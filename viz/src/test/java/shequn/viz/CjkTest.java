package shequn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import shequn.viz.export.PngExport;
import shequn.viz.export.SvgExport;
import shequn.viz.style.Fonts;

/**
 * Chinese labels render with a CJK font, never as boxes (tofu): the font the viz jar ships (Noto
 * Sans SC), so these pass on a machine with no CJK font installed.
 */
class CjkTest {
    static final Style ZH = Style.of(Lang.ZH);
    /** A code point no font has a glyph for (unassigned): what tofu looks like in a given font. */
    static final String MISSING = "\u0378";

    @Test
    void theChosenFontCanDisplayEveryChineseLabel() {
        String family = ZH.theme().family();
        assertTrue(Fonts.canDisplay(family, ZH.messages().allText()), family);
        JFreeChart chart = ChartsRenderTest.find("run", "ladder").chart();
        JFreeChart zh = shequn.viz.ladder.LadderChart.chart(Fixtures.run().daily().orElseThrow(), ZH);
        assertEquals("关系阶梯：从路人到粉丝", zh.getTitle().getText());
        assertEquals(-1, zh.getTitle().getFont().canDisplayUpTo(zh.getTitle().getText()));
        assertNotEquals(chart.getTitle().getText(), zh.getTitle().getText());
    }

    @Test
    void chineseGlyphsAreDistinctAndNotTheMissingGlyphBox() {
        Font font = ZH.theme().font(Font.PLAIN, 40);
        assertFalse(font.canDisplay(MISSING.charAt(0)), "the missing-glyph probe must be missing");
        int[] she = glyph(font, "社");
        int[] qun = glyph(font, "群");
        int[] tofu = glyph(font, MISSING);
        assertFalse(Arrays.equals(she, qun), "two different characters drew the same image: boxes");
        assertFalse(Arrays.equals(she, tofu), "社 drew as the missing-glyph box");
        assertFalse(Arrays.equals(qun, tofu), "群 drew as the missing-glyph box");
    }

    @Test
    void theRenderedChineseTitleIsNotTofu() {
        JFreeChart zh = shequn.viz.ladder.LadderChart.chart(Fixtures.run().daily().orElseThrow(), ZH);
        String title = zh.getTitle().getText();
        int[] real = titleStrip(zh);
        zh.getTitle().setText(MISSING.repeat(title.length()));
        int[] boxes = titleStrip(zh);
        assertFalse(Arrays.equals(real, boxes), "the Chinese title rendered like a row of missing glyphs");
    }

    @Test
    void theChineseSvgCarriesTheChineseText() {
        String svg = SvgExport.render(shequn.viz.ladder.LadderChart.chart(Fixtures.run().daily().orElseThrow(), ZH),
                NamedChart.WIDTH, NamedChart.HEIGHT, "ladder");
        List<String> texts = Fixtures.svgTexts(svg);
        assertTrue(texts.containsAll(List.of("关系阶梯：从路人到粉丝", "消费者人数", "天", "强关系（粉丝）")), texts.toString());
        assertTrue(svg.contains(ZH.theme().family()), "the SVG names the CJK font");
    }

    @Test
    void chineseAndEnglishChartsUseTheBundledFontWhateverIsInstalled() {
        assertEquals(Optional.of("Noto Sans SC"), Fonts.bundledFamily());
        assertEquals("Noto Sans SC", ZH.theme().family());
        assertEquals("Noto Sans SC", Style.of(Lang.EN).theme().family());
        assertEquals("Noto Sans SC", ZH.theme().font(Font.BOLD, 17).getFamily(), "the bold title font is the bundled one");
    }

    @Test
    void theBundledFontShipsWithItsLicence() throws Exception {
        try (InputStream in = Fonts.class.getResourceAsStream("/shequn/viz/fonts/NotoSansSC-OFL.txt")) {
            assertNotNull(in, "the font's licence is not in the jar");
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("SIL Open Font License, Version 1.1"));
        }
    }

    @Test
    void noFontForTheLabelsIsAClearError() {
        Fonts.MissingFontException e = assertThrows(Fonts.MissingFontException.class, () -> Fonts.familyFor(MISSING));
        assertTrue(e.getMessage().contains("'" + MISSING + "' U+0378"), e.getMessage());
        assertTrue(e.getMessage().contains("the bundled Noto Sans SC lacks it"), e.getMessage());
    }

    /** Pixels of the top strip of the chart, where the title is drawn. */
    static int[] titleStrip(JFreeChart chart) {
        BufferedImage img = PngExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, 72);
        return img.getRGB(0, 0, img.getWidth(), 40, null, 0, img.getWidth());
    }

    static int[] glyph(Font font, String text) {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(font);
        g.drawString(text, 8, 48);
        g.dispose();
        return img.getRGB(0, 0, 64, 64, null, 0, 64);
    }
}
