package ogi.parse.extract.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** User space to display space: origin at the top left of the crop box as shown (page rotation applied), y down. */
final class DisplaySpace {
    private final float llx;
    private final float lly;
    private final float urx;
    private final float ury;
    private final int rotation;

    DisplaySpace(PDPage page) {
        PDRectangle box = page.getCropBox();
        this.llx = box.getLowerLeftX();
        this.lly = box.getLowerLeftY();
        this.urx = box.getUpperRightX();
        this.ury = box.getUpperRightY();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    boolean turned() {
        return rotation == 90 || rotation == 270;
    }

    float width() {
        return turned() ? ury - lly : urx - llx;
    }

    float height() {
        return turned() ? urx - llx : ury - lly;
    }

    float x(float x, float y) {
        return switch (rotation) {
            case 90 -> y - lly;
            case 180 -> urx - x;
            case 270 -> ury - y;
            default -> x - llx;
        };
    }

    float y(float x, float y) {
        return switch (rotation) {
            case 90 -> x - llx;
            case 180 -> y - lly;
            case 270 -> urx - x;
            default -> ury - y;
        };
    }
}
