package ogi.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Security on, with one key that reads and writes and one that only reads. */
public class SecuredProfile implements QuarkusTestProfile {
    public static final String WRITER = "writer-key-0123456789";
    public static final String READER = "reader-key-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ogi.security.enabled", "true", "ogi.security.api-keys", WRITER + ":read+write," + READER + ":read");
    }
}
