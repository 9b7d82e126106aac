package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The path being built on a page (points already in the page's user space) and the ruling lines its painting
 * gives: a stroked path gives its horizontal and vertical segments, a filled rectangle thinner than {@link #THIN}
 * gives a line (WPS draws its table borders so). Segments are counted against
 * {@link PdfLimits#MAX_SEGMENTS_PER_PAGE}.
 */
final class RulingPath {
    private static final float THIN = 2.5f;
    private static final float STRAIGHT = 0.8f;

    private final DisplaySpace display;
    private final int pageNumber;
    private final List<Ruling> rulings = new ArrayList<>();
    /** Segments x0 y0 x1 y1, four floats each. */
    private float[] segments = new float[64];
    private int segmentCount;
    /** Rectangles as four corners, eight floats each. */
    private float[] rectangles = new float[64];
    private int rectangleCount;
    private float startX;
    private float startY;
    private float currentX;
    private float currentY;
    private int drawn;

    RulingPath(DisplaySpace display, int pageNumber) {
        this.display = display;
        this.pageNumber = pageNumber;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    float currentX() {
        return currentX;
    }

    float currentY() {
        return currentY;
    }

    void rectangle(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3) {
        count(4);
        if ((rectangleCount + 1) * 8 > rectangles.length) {
            rectangles = Arrays.copyOf(rectangles, rectangles.length * 2);
        }
        int i = rectangleCount++ * 8;
        rectangles[i] = x0;
        rectangles[i + 1] = y0;
        rectangles[i + 2] = x1;
        rectangles[i + 3] = y1;
        rectangles[i + 4] = x2;
        rectangles[i + 5] = y2;
        rectangles[i + 6] = x3;
        rectangles[i + 7] = y3;
        moveTo(x0, y0);
    }

    void moveTo(float x, float y) {
        startX = x;
        startY = y;
        currentX = x;
        currentY = y;
    }

    void lineTo(float x, float y) {
        count(1);
        if ((segmentCount + 1) * 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
        }
        int i = segmentCount++ * 4;
        segments[i] = currentX;
        segments[i + 1] = currentY;
        segments[i + 2] = x;
        segments[i + 3] = y;
        currentX = x;
        currentY = y;
    }

    void curveTo(float x, float y) {
        currentX = x;
        currentY = y;
    }

    void close() {
        if (currentX != startX || currentY != startY) {
            lineTo(startX, startY);
        }
    }

    void end() {
        segmentCount = 0;
        rectangleCount = 0;
    }

    void stroke() {
        for (int i = 0; i < segmentCount * 4; i += 4) {
            addSegment(segments[i], segments[i + 1], segments[i + 2], segments[i + 3]);
        }
        for (int r = 0; r < rectangleCount * 8; r += 8) {
            for (int k = 0; k < 4; k++) {
                int j = (k + 1) % 4;
                addSegment(rectangles[r + 2 * k], rectangles[r + 2 * k + 1], rectangles[r + 2 * j],
                        rectangles[r + 2 * j + 1]);
            }
        }
        end();
    }

    void fill() {
        for (int r = 0; r < rectangleCount * 8; r += 8) {
            addThinRectangle(Math.min(Math.min(rectangles[r], rectangles[r + 2]), Math.min(rectangles[r + 4], rectangles[r + 6])),
                    Math.min(Math.min(rectangles[r + 1], rectangles[r + 3]), Math.min(rectangles[r + 5], rectangles[r + 7])),
                    Math.max(Math.max(rectangles[r], rectangles[r + 2]), Math.max(rectangles[r + 4], rectangles[r + 6])),
                    Math.max(Math.max(rectangles[r + 1], rectangles[r + 3]), Math.max(rectangles[r + 5], rectangles[r + 7])));
        }
        // A filled closed path of four straight sides is a rectangle too (some writers draw cells so).
        if (segmentCount >= 3 && segmentCount <= 5) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            boolean straight = true;
            for (int i = 0; i < segmentCount * 4; i += 4) {
                float x0 = segments[i];
                float y0 = segments[i + 1];
                float x1 = segments[i + 2];
                float y1 = segments[i + 3];
                straight &= Math.abs(x0 - x1) < STRAIGHT || Math.abs(y0 - y1) < STRAIGHT;
                minX = Math.min(minX, Math.min(x0, x1));
                maxX = Math.max(maxX, Math.max(x0, x1));
                minY = Math.min(minY, Math.min(y0, y1));
                maxY = Math.max(maxY, Math.max(y0, y1));
            }
            if (straight) {
                addThinRectangle(minX, minY, maxX, maxY);
            }
        }
        end();
    }

    void fillAndStroke() {
        int s = segmentCount;
        int r = rectangleCount;
        stroke();
        segmentCount = s;
        rectangleCount = r;
        fill();
    }

    private void count(int n) {
        drawn += n;
        if (drawn > PdfLimits.MAX_SEGMENTS_PER_PAGE) {
            throw new PdfLimitException("PDF page " + pageNumber + " draws more than "
                    + PdfLimits.MAX_SEGMENTS_PER_PAGE + " path segments");
        }
    }

    private void addThinRectangle(float minX, float minY, float maxX, float maxY) {
        float ax = display.x(minX, minY);
        float ay = display.y(minX, minY);
        float bx = display.x(maxX, maxY);
        float by = display.y(maxX, maxY);
        float left = Math.min(ax, bx);
        float right = Math.max(ax, bx);
        float top = Math.min(ay, by);
        float bottom = Math.max(ay, by);
        float w = right - left;
        float h = bottom - top;
        if (h <= THIN && w > h) {
            rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
        } else if (w <= THIN && h > w) {
            rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
        }
    }

    private void addSegment(float x0, float y0, float x1, float y1) {
        float ax = display.x(x0, y0);
        float ay = display.y(x0, y0);
        float bx = display.x(x1, y1);
        float by = display.y(x1, y1);
        if (Math.abs(ay - by) < STRAIGHT && Math.abs(ax - bx) >= STRAIGHT) {
            rulings.add(new Ruling(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) < STRAIGHT && Math.abs(ay - by) >= STRAIGHT) {
            rulings.add(new Ruling(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }
}
