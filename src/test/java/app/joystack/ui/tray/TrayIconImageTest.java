package app.joystack.ui.tray;

import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tray gets the icon drawn for exactly the size it asks for, so it stays crisp. */
class TrayIconImageTest {
    @Test
    void usesTheMatchingPngForEachCommonTraySize() throws Exception {
        for (int size : new int[] {16, 22, 24, 32}) {
            BufferedImage image = (BufferedImage) TrayIconHost.image(new Dimension(size, size));
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
        }
    }

    @Test
    void aTrayCellThatIsNotSquareGetsTheIconCentredUnscaled() throws Exception {
        BufferedImage cell = (BufferedImage) TrayIconHost.image(new Dimension(24, 22));
        assertEquals(24, cell.getWidth());
        assertEquals(22, cell.getHeight());
        assertEquals(0, cell.getRGB(0, 11) >>> 24, "a transparent column on the left");
        assertTrue(java.util.stream.IntStream.range(0, 22).anyMatch(y -> (cell.getRGB(12, y) >>> 24) > 0), "the icon is drawn");
    }
}
