package ogi.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Query service settings ({@code query.*}, or the environment: {@code QUERY_DATABASE}, ...). */
@ConfigMapping(prefix = "query")
public interface QueryConfig {

    @WithDefault("ogi")
    String database();

    /** Largest page of {@code GET /reports}. */
    @WithDefault("200")
    int maxPageSize();
}
