package ogi.parse.report;

/** Builds the same report in other formats, for tests outside the extract package. */
final class FormatFixtures {
    private FormatFixtures() {
    }

    static byte[] docx(String text) throws Exception {
        return ogi.parse.extract.FormatEquivalenceTest.toDocx(text);
    }
}
