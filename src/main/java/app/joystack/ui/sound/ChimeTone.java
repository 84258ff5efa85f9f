package app.joystack.ui.sound;

import java.io.ByteArrayOutputStream;

/**
 * JoyStack's own soft chime, made here rather than recorded: two quiet sine tones a fifth apart (A5 and E6) that
 * ring out with a gentle decay, about half a second long, as a 16-bit mono WAV file.
 */
public final class ChimeTone {
    public static final int SAMPLE_RATE = 44_100;
    public static final double SECONDS = 0.6;
    /** The loudest the tone gets, well under full scale, so even volume 100 is soft. */
    public static final double PEAK = 0.35;

    private ChimeTone() {
    }

    /** The chime's samples, from -1 to 1. */
    public static double[] samples() {
        int count = (int) (SAMPLE_RATE * SECONDS);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            double t = (double) i / SAMPLE_RATE;
            double attack = Math.min(1, t / 0.008); // no click at the start
            double decay = Math.exp(-t * 6.5);
            double release = Math.min(1, (SECONDS - t) / 0.05); // no click at the end
            double tone = 0.7 * Math.sin(2 * Math.PI * 880 * t) + 0.3 * Math.sin(2 * Math.PI * 1318.5 * t);
            out[i] = PEAK * attack * decay * release * tone;
        }
        return out;
    }

    /** The chime as the bytes of a WAV file. */
    public static byte[] wav() {
        double[] samples = samples();
        int dataBytes = samples.length * 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + dataBytes);
        ascii(out, "RIFF");
        int32(out, 36 + dataBytes);
        ascii(out, "WAVE");
        ascii(out, "fmt ");
        int32(out, 16);
        int16(out, 1); // PCM
        int16(out, 1); // mono
        int32(out, SAMPLE_RATE);
        int32(out, SAMPLE_RATE * 2);
        int16(out, 2);
        int16(out, 16);
        ascii(out, "data");
        int32(out, dataBytes);
        for (double sample : samples) {
            int16(out, (int) Math.round(sample * Short.MAX_VALUE));
        }
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        for (char c : text.toCharArray()) {
            out.write(c);
        }
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        int16(out, value);
        int16(out, value >>> 16);
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }
}
