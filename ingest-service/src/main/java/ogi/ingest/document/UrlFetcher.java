package ogi.ingest.document;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import ogi.ingest.config.IngestConfig;

/**
 * Fetches a document by URL for ingest: http and https only, within the document limit and one deadline for the
 * whole fetch (headers and body, redirects included), and never from an address outside the public Internet
 * ({@link BlockedAddresses}) unless {@code ingest.url-allow-private} says so: the service must not be a way into the
 * cluster or the cloud's metadata service. The host name is resolved once, every address it has is checked, and the
 * connection goes to the address that was checked (a second lookup could answer differently: DNS rebinding), while
 * the Host header and TLS keep the name. Redirects are followed by hand, at most three, each checked the same way.
 * Refusals never repeat what the other server answered.
 */
@ApplicationScoped
public class UrlFetcher {
    private static final Logger LOG = Logger.getLogger(UrlFetcher.class);
    private static final int MAX_REDIRECTS = 3;

    private final IngestConfig config;
    private final HttpClient http;

    public UrlFetcher(IngestConfig config, Vertx vertx) {
        this.config = config;
        this.http = vertx.createHttpClient(new HttpClientOptions().setMaxRedirects(0).setVerifyHost(true)
                .setConnectTimeout((int) config.urlTimeout().toMillis()).setMaxPoolSize(8)
                .setDecompressionSupported(false));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** The document at the URL, written to {@code into}. */
    public Upload fetch(String url, Path into) {
        long deadline = System.nanoTime() + config.urlTotalTimeout().toNanos();
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress address = checkedAddress(uri);
            Fetched fetched = await(request(uri, address, into), deadline, uri);
            if (fetched.location() != null) {
                uri = parse(uri.resolve(fetched.location()).toString());
                continue;
            }
            return new Upload(DocumentBytes.of(into), fetched.contentType(), fileName(uri), uri.toString());
        }
        throw new IngestException(502, "fetch-failed", "more than " + MAX_REDIRECTS + " redirects from the URL", null);
    }

    /** What one request gave: a redirect's target, or the document written to the file with its type. */
    private record Fetched(String location, String contentType) {
    }

    private CompletableFuture<Fetched> request(URI uri, InetAddress address, Path into) {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost()).setPort(port)
                .setURI(path).setSsl(https).setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setIdleTimeout(config.urlTimeout().toMillis()).setFollowRedirects(false);
        CompletableFuture<Fetched> result = new CompletableFuture<>();
        http.request(options).compose(request -> request.send()).onSuccess(response -> receive(response, uri, into,
                result)).onFailure(e -> result.completeExceptionally(e));
        return result;
    }

    private void receive(HttpClientResponse response, URI uri, Path into, CompletableFuture<Fetched> result) {
        int status = response.statusCode();
        String location = response.getHeader("Location");
        if (status >= 300 && status < 400 && location != null) {
            result.complete(new Fetched(location, null));
            response.request().reset();
            return;
        }
        if (status != 200) {
            LOG.infof("fetch of %s answered HTTP %d", uri.getHost(), status);
            result.completeExceptionally(new IngestException(502, "fetch-failed",
                    "the URL did not return a document", null));
            response.request().reset();
            return;
        }
        OutputStream out;
        try {
            out = Files.newOutputStream(into);
        } catch (IOException e) {
            result.completeExceptionally(e);
            response.request().reset();
            return;
        }
        AtomicLong received = new AtomicLong();
        response.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (received.addAndGet(chunk.length()) > config.maxDocumentBytes()) {
                closeQuietly(out);
                result.completeExceptionally(new IngestException(413, "document-too-large", "the document at the URL "
                        + "is larger than the " + config.maxDocumentBytes() + " bytes accepted", fileName(uri)));
                response.request().reset();
                return;
            }
            try {
                out.write(chunk.getBytes());
            } catch (IOException e) {
                result.completeExceptionally(e);
                response.request().reset();
            }
        });
        response.exceptionHandler(e -> {
            closeQuietly(out);
            result.completeExceptionally(e);
        });
        response.endHandler(end -> {
            closeQuietly(out);
            result.complete(new Fetched(null, response.getHeader("Content-Type")));
        });
    }

    private static <T> T await(CompletableFuture<T> future, long deadline, URI uri) {
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestException(504, "fetch-timeout", "the URL did not deliver the document in time", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException refusal) {
                throw refusal;
            }
            LOG.infof("fetch of %s failed: %s", uri.getHost(), e.getCause().toString());
            throw new IngestException(502, "fetch-failed", "the URL could not be fetched", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(503, "fetch-interrupted", "interrupted while fetching the URL", null);
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("scheme");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IngestException(400, "invalid-url", "url must be an absolute http or https URL without user "
                    + "information", null);
        }
    }

    /** The address to connect to: the host's first, once all of them are found outside the blocked ranges. */
    private InetAddress checkedAddress(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IngestException(502, "fetch-failed", "the URL's host name is not known", null);
        }
        if (!config.urlAllowPrivate()) {
            for (InetAddress address : addresses) {
                if (BlockedAddresses.blocked(address)) {
                    throw new IngestException(403, "url-not-allowed", uri.getHost() + " resolves to "
                            + address.getHostAddress() + ", an address outside the public Internet, which this "
                            + "service does not fetch", null);
                }
            }
        }
        return addresses[0];
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the fetch has failed already or the file is complete
        }
    }

    private static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? uri.getHost() : name;
    }
}
