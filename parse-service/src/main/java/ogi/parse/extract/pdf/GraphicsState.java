package ogi.parse.extract.pdf;

/**
 * The parts of the graphics state that place glyphs and lines: the current transformation matrix
 * ({@code a b c d e f}) and the text state. Saved and restored by {@code q}/{@code Q}.
 */
final class GraphicsState {
    final float[] ctm;
    PageFont font;
    float fontSize;
    float charSpacing;
    float wordSpacing;
    /** Horizontal scaling as a factor (Tz 100 is 1). */
    float scaling = 1;
    float rise;
    float leading;

    GraphicsState(float[] ctm) {
        this.ctm = ctm;
    }

    GraphicsState copy() {
        GraphicsState s = new GraphicsState(ctm.clone());
        s.font = font;
        s.fontSize = fontSize;
        s.charSpacing = charSpacing;
        s.wordSpacing = wordSpacing;
        s.scaling = scaling;
        s.rise = rise;
        s.leading = leading;
        return s;
    }

    /** m × n into out (row vectors, as PDF writes matrices); out may be m or n. */
    static void multiply(float[] m, float[] n, float[] out) {
        float a = m[0] * n[0] + m[1] * n[2];
        float b = m[0] * n[1] + m[1] * n[3];
        float c = m[2] * n[0] + m[3] * n[2];
        float d = m[2] * n[1] + m[3] * n[3];
        float e = m[4] * n[0] + m[5] * n[2] + n[4];
        float f = m[4] * n[1] + m[5] * n[3] + n[5];
        out[0] = a;
        out[1] = b;
        out[2] = c;
        out[3] = d;
        out[4] = e;
        out[5] = f;
    }
}
