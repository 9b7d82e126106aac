package ogi.parse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Parse service settings ({@code parse.*}, or the environment: {@code PARSE_MAX_ATTEMPTS}). */
@ConfigMapping(prefix = "parse")
public interface ParseConfig {

    /** MongoDB database of the collection {@code parse_attempts}. */
    @WithDefault("ogi")
    String database();

    /** Starts of a document's parse that may end without a result (a crash) before it goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * Text and HTML documents from this size on have their attempts counted; smaller ones are read within the
     * parser's fixed bounds and cannot exhaust its memory. PDF and DOCX documents are always counted.
     */
    @WithDefault("1048576")
    long countedFromBytes();
}
