package ogi.parse.extract.pdf;

/**
 * A horizontal or vertical line drawn on a page (a stroked segment, a rectangle's edge, or a thin filled
 * rectangle), in display coordinates: {@code at} is its y (horizontal) or x (vertical), {@code from..to} its extent
 * along the other axis.
 */
public record Ruling(boolean horizontal, float at, float from, float to) {

    public float length() {
        return to - from;
    }

    /** True when the line passes the point {@code along} on its own axis, give or take {@code tolerance}. */
    public boolean covers(float along, float tolerance) {
        return along >= from - tolerance && along <= to + tolerance;
    }
}
