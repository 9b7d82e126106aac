package ogi.parse.extract.pdf;

/**
 * The content-stream operators the extractor follows, as {@link ContentTokens#next()} returns them: an operator's
 * bytes packed into an int, first byte lowest (operators have at most three bytes). Other operators are read and
 * passed over.
 */
final class Operators {
    /** {@code q} */
    static final int SAVE = 'q';
    /** {@code Q} */
    static final int RESTORE = 'Q';
    /** {@code cm} */
    static final int CONCAT = 'c' | 'm' << 8;
    /** {@code BT} */
    static final int BEGIN_TEXT = 'B' | 'T' << 8;
    /** {@code Tf} */
    static final int FONT = 'T' | 'f' << 8;
    /** {@code Tm} */
    static final int TEXT_MATRIX = 'T' | 'm' << 8;
    /** {@code Td} */
    static final int MOVE_LINE = 'T' | 'd' << 8;
    /** {@code TD} */
    static final int MOVE_LINE_LEADING = 'T' | 'D' << 8;
    /** {@code T*} */
    static final int NEXT_LINE = 'T' | '*' << 8;
    /** {@code TL} */
    static final int LEADING = 'T' | 'L' << 8;
    /** {@code Tc} */
    static final int CHAR_SPACING = 'T' | 'c' << 8;
    /** {@code Tw} */
    static final int WORD_SPACING = 'T' | 'w' << 8;
    /** {@code Tz} */
    static final int SCALING = 'T' | 'z' << 8;
    /** {@code Ts} */
    static final int RISE = 'T' | 's' << 8;
    /** {@code Tj} */
    static final int SHOW = 'T' | 'j' << 8;
    /** {@code '} */
    static final int NEXT_LINE_SHOW = '\'';
    /** {@code &quot;} */
    static final int NEXT_LINE_SPACED_SHOW = '"';
    /** {@code TJ} */
    static final int SHOW_ARRAY = 'T' | 'J' << 8;
    /** {@code m} */
    static final int MOVE_TO = 'm';
    /** {@code l} */
    static final int LINE_TO = 'l';
    /** {@code c} */
    static final int CURVE_TO = 'c';
    /** {@code v} */
    static final int CURVE_TO_V = 'v';
    /** {@code y} */
    static final int CURVE_TO_Y = 'y';
    /** {@code re} */
    static final int RECTANGLE = 'r' | 'e' << 8;
    /** {@code h} */
    static final int CLOSE = 'h';
    /** {@code S} */
    static final int STROKE = 'S';
    /** {@code s} */
    static final int CLOSE_STROKE = 's';
    /** {@code f} */
    static final int FILL = 'f';
    /** {@code F} */
    static final int FILL_OLD = 'F';
    /** {@code f*} */
    static final int FILL_EVEN_ODD = 'f' | '*' << 8;
    /** {@code B} */
    static final int FILL_STROKE = 'B';
    /** {@code B*} */
    static final int FILL_STROKE_EVEN_ODD = 'B' | '*' << 8;
    /** {@code b} */
    static final int CLOSE_FILL_STROKE = 'b';
    /** {@code b*} */
    static final int CLOSE_FILL_STROKE_EVEN_ODD = 'b' | '*' << 8;
    /** {@code n} */
    static final int END_PATH = 'n';
    /** {@code Do} */
    static final int DRAW_OBJECT = 'D' | 'o' << 8;
    /** {@code BI} */
    static final int BEGIN_IMAGE = 'B' | 'I' << 8;
    /** An operator longer than three bytes (none that places text or lines). */
    static final int OTHER = -1;

    private Operators() {
    }
}
