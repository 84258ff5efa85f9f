package app.joystack.ui.shell;

import app.joystack.domain.Family;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/** The colour and icon each family wears everywhere in the app, so a glance tells them apart. */
public final class FamilyLook {
    private FamilyLook() {
    }

    public static Color color(Family family) {
        return switch (family) {
            case SENSORY -> Color.web("#2f9e8f");
            case SMALL_ACHIEVEMENT -> Color.web("#d08a1e");
            case UNEXPECTED_DELIGHT -> Color.web("#8a5cc7");
            case CONNECTION -> Color.web("#d05a7a");
        };
    }

    public static Ikon ikon(Family family) {
        return switch (family) {
            case SENSORY -> Feather.FEATHER;
            case SMALL_ACHIEVEMENT -> Feather.CHECK_CIRCLE;
            case UNEXPECTED_DELIGHT -> Feather.STAR;
            case CONNECTION -> Feather.HEART;
        };
    }

    /** The family's colour as CSS writes it, {@code #rrggbb}, for inline styles such as a chart's slice. */
    public static String web(Family family) {
        Color c = color(family);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A small icon in the family's colour: the one place a family's icon is coloured. */
    public static FontIcon icon(Family family) {
        FontIcon icon = new FontIcon(ikon(family));
        // Inline, because a theme rule for icons in lists, labels and menus would win over the setter and grey it
        // out; appended, because the icon keeps its own font in its inline style.
        icon.setStyle(icon.getStyle() + ";-fx-icon-color: " + web(family) + ";");
        return icon;
    }

    /**
     * The family's icon as a character of the icon font, for a plain text node. A {@link FontIcon} carries an inline
     * style that is parsed for every icon; views with hundreds of icons, such as a busy week, use this instead. The
     * node takes its font from the {@code family-glyph} style class, because a font inherited from the stylesheet
     * would win over a setter.
     */
    public static String glyph(Family family) {
        Ikon ikon = ikon(family);
        registerIconFont(ikon);
        return new String(Character.toChars(ikon.getCode()));
    }

    private static void registerIconFont(Ikon ikon) {
        // ikonli loads its font into JavaFX when the first FontIcon of that pack is made.
        if (IkonResolver.getInstance().resolve(ikon.getDescription()).getFont() == null) {
            new FontIcon(ikon);
        }
    }
}
