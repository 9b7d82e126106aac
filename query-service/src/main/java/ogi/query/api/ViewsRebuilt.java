package ogi.query.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to {@code POST /views/rebuild}: how many reports were refreshed and in how many seconds, or
 * {@code running} (and nothing rebuilt) when a rebuild was already under way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ViewsRebuilt(long rebuilt, Double seconds, Boolean running) {
}
