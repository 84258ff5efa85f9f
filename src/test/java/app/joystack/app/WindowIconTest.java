package app.joystack.app;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The main window's icon comes in the two sizes JavaFX chooses from, square and whole. */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {
    @Test
    void theIconLoadsAtThe32And128PixelsJavaFxPicksFrom() {
        List<Image> icons = JoyStackApp.icons();
        icons.forEach(icon -> assertFalse(icon.isError(), () -> "icon failed to load: " + icon.getException()));
        assertEquals(List.of(32.0, 128.0), icons.stream().map(Image::getWidth).toList());
        assertEquals(List.of(32.0, 128.0), icons.stream().map(Image::getHeight).toList());
    }
}
