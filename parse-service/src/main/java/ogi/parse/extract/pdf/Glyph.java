package ogi.parse.extract.pdf;

/**
 * One character drawn on a page, in display coordinates (points, x to the right, y down from the top of the
 * page as shown): {@code y} is its baseline, {@code size} its font size.
 */
public record Glyph(float x, float y, float width, float size, String text) {

    public float right() {
        return x + width;
    }

    public float centreX() {
        return x + width / 2;
    }

    /** The middle of the glyph's body, a little above the baseline. */
    public float centreY() {
        return y - size * 0.35f;
    }

    public float top() {
        return y - size * 0.8f;
    }
}
