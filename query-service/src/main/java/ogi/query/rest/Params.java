package ogi.query.rest;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

import ogi.contracts.event.Severity;

/** Reading query parameters into typed values; anything malformed is a 400 with a message. */
final class Params {
    private static final Pattern DOCUMENT_ID = Pattern.compile("^[0-9a-f]{64}$");
    private static final Pattern RULE_ID = Pattern.compile("^[A-Z]+-\\d{3}$");

    private Params() {
    }

    static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new BadRequestException(name + " must be at most " + maxLength + " characters");
        }
        return v;
    }

    static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be an integer, got '" + value + "'");
        }
    }

    static int integer(String name, String value, int min, int max, int defaultValue) {
        Integer v = integer(name, value, min, max);
        return v == null ? defaultValue : v;
    }

    static Severity severity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("minSeverity must be one of info, warning, error");
        }
    }

    static String ruleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!RULE_ID.matcher(value.strip()).matches()) {
            throw new BadRequestException("rule must be a rule id such as ARITH-001");
        }
        return value.strip();
    }

    static String documentId(String value) {
        if (value == null || !DOCUMENT_ID.matcher(value).matches()) {
            throw new BadRequestException("a document id is 64 lower-case hexadecimal characters (SHA-256)");
        }
        return value;
    }
}
