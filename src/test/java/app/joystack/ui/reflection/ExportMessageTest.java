package app.joystack.ui.reflection;

import app.joystack.domain.IsoWeek;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportMessageTest {
    @Test
    void theMessageNamesTheWeekAsThePageDoesAndTheFolderTheFileWentTo() {
        // It read "Exported 2026-W48 to joystack-2026-W48.json.", with no folder and the week in the file's code.
        assertEquals("Saved week 48 of 2026 as joystack-2026-W48.json, in /home/sam/Documents.",
                ReflectionModel.exported(IsoWeek.parse("2026-W48"), Path.of("/home/sam/Documents/joystack-2026-W48.json")));
    }
}
