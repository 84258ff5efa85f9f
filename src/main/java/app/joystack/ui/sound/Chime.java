package app.joystack.ui.sound;

/** Rings the soft chime once, at a volume from 0 to 1. */
@FunctionalInterface
public interface Chime {
    void ring(double volume);
}
