package ogi.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.ingest.config.IngestConfig;

/**
 * Fetches a document by URL for ingest: http and https only, within the size and time limits, and never from a
 * private, loopback, link-local or multicast address unless {@code ingest.url-allow-private} says so (the service
 * must not be a way into the cluster). Redirects are followed by hand, at most three, each checked the same way.
 */
@ApplicationScoped
public class UrlFetcher {
    private static final int MAX_REDIRECTS = 3;

    private final IngestConfig config;
    private final HttpClient http;

    public UrlFetcher(IngestConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.urlTimeout()).build();
    }

    public Upload fetch(String url) {
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = uri.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new IngestException(502, "fetch-failed", "fetching " + uri + " answered HTTP " + status, null);
            }
            byte[] bytes = read(response, uri);
            String type = response.headers().firstValue("Content-Type").orElse(null);
            return new Upload(bytes, type, fileName(uri), uri.toString());
        }
        throw new IngestException(502, "fetch-failed", "more than " + MAX_REDIRECTS + " redirects from " + url, null);
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("scheme");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IngestException(400, "invalid-url", "url must be an absolute http or https URL, got '" + url
                    + "'", null);
        }
    }

    private void check(URI uri) {
        if (config.urlAllowPrivate()) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
                    throw new IngestException(403, "url-not-allowed", uri.getHost() + " resolves to the private or "
                            + "local address " + address.getHostAddress() + ", which this service does not fetch", null);
                }
            }
        } catch (UnknownHostException e) {
            throw new IngestException(502, "fetch-failed", "unknown host " + uri.getHost(), null);
        }
    }

    /** IPv6 unique local addresses (fc00::/7), which InetAddress does not call site-local. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 16 && (b[0] & 0xFE) == 0xFC;
    }

    private HttpResponse<InputStream> send(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(config.urlTimeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IngestException(502, "fetch-failed", "fetching " + uri + " failed: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(503, "fetch-interrupted", "interrupted while fetching " + uri, null);
        }
    }

    private byte[] read(HttpResponse<InputStream> response, URI uri) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) config.maxDocumentBytes() + 1);
            if (bytes.length > config.maxDocumentBytes()) {
                throw new IngestException(413, "document-too-large", uri + " is larger than the "
                        + config.maxDocumentBytes() + " bytes accepted", fileName(uri));
            }
            return bytes;
        } catch (IOException e) {
            throw new IngestException(502, "fetch-failed", "reading " + uri + " failed: " + e.getMessage(), null);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing to do: the connection is dropped
        }
    }

    private static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? uri.getHost() : name;
    }
}
