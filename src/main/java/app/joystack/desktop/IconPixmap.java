package app.joystack.desktop;

/**
 * An icon at one size as the panel takes it: {@code width * height} pixels, each {@code 0xAARRGGBB} (not
 * premultiplied), row by row from the top left.
 */
public record IconPixmap(int width, int height, int[] argb) {
    public IconPixmap {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " icon needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** The pixels in network byte order (A, R, G, B for each), as StatusNotifierItem's {@code ay} carries them. */
    byte[] networkOrder() {
        byte[] bytes = new byte[argb.length * 4];
        for (int i = 0; i < argb.length; i++) {
            int pixel = argb[i];
            bytes[4 * i] = (byte) (pixel >>> 24);
            bytes[4 * i + 1] = (byte) (pixel >>> 16);
            bytes[4 * i + 2] = (byte) (pixel >>> 8);
            bytes[4 * i + 3] = (byte) pixel;
        }
        return bytes;
    }
}
