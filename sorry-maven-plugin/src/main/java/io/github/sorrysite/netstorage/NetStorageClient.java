package io.github.sorrysite.netstorage;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.URLEncoding;
import io.github.sorrysite.core.settings.NetStorageSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The NetStorage HTTP API actions the publish needs ({@code upload}, {@code stat}, {@code dir},
 * {@code download}, {@code delete}) on the JDK's HTTP client: no Java NetStorage kit is served on
 * Maven Central. Every request is signed by {@link NetStorageSigner}. Safe for concurrent use.
 * Server errors and lost connections are retried a few times; what the API refuses is not.
 */
public final class NetStorageClient implements AutoCloseable {
    /** More than this between our clock and NetStorage's Date makes a 403 a clock problem, not a key problem. */
    static final long SKEW_SECONDS = 30;
    static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI base;
    private final NetStorageSigner signer;
    private final String credentialSource;
    private final HttpClient http;
    private final LongSupplier epochSeconds;
    private final Duration firstBackoff;

    public NetStorageClient(URI base, NetStorageSettings.Credentials credentials) {
        this(base, credentials, () -> System.currentTimeMillis() / 1000, Duration.ofMillis(250));
    }

    /** @param epochSeconds this machine's clock, replaceable in tests */
    NetStorageClient(URI base, NetStorageSettings.Credentials credentials, LongSupplier epochSeconds, Duration firstBackoff) {
        this.base = base;
        this.signer = new NetStorageSigner(credentials.keyName(), credentials.key());
        this.credentialSource = credentials.toString();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.epochSeconds = epochSeconds;
        this.firstBackoff = firstBackoff;
    }

    /** The entry at {@code path}, or null when there is none. */
    public NetStorageEntry stat(String path) {
        HttpResponse<byte[]> response = send("GET", path, "version=1&action=stat&format=xml", null, true);
        if (response.statusCode() == 404) {
            return null;
        }
        List<NetStorageEntry> entries = parse(response.body(), path);
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The entries directly under the directory {@code path}; empty when it does not exist. */
    public List<NetStorageEntry> dir(String path) {
        HttpResponse<byte[]> response = send("GET", path, "version=1&action=dir&format=xml", null, true);
        return response.statusCode() == 404 ? List.of() : parse(response.body(), path);
    }

    /** The body at {@code path}, or null when there is none. */
    public byte[] download(String path) {
        HttpResponse<byte[]> response = send("GET", path, "version=1&action=download", null, true);
        return response.statusCode() == 404 ? null : response.body();
    }

    /** Uploads {@code file}; NetStorage checks it against {@code md5} and refuses a body that does not match. */
    public void upload(String path, Path file, String md5) {
        send("PUT", path, uploadAction(md5), HttpRequest.BodyPublishers::ofFile, file, false);
    }

    public void upload(String path, byte[] body, String md5) {
        send("PUT", path, uploadAction(md5), () -> HttpRequest.BodyPublishers.ofByteArray(body), false);
    }

    /** Deletes the file at {@code path}; one that is already gone is not an error. */
    public void delete(String path) {
        send("PUT", path, "version=1&action=delete", HttpRequest.BodyPublishers::noBody, true);
    }

    private String uploadAction(String md5) {
        return "version=1&action=upload&upload-type=binary&md5=" + md5 + "&mtime=" + epochSeconds.getAsLong();
    }

    private interface FileBody {
        HttpRequest.BodyPublisher open(Path file) throws IOException;
    }

    private interface Body {
        HttpRequest.BodyPublisher open() throws IOException;
    }

    private HttpResponse<byte[]> send(String method, String path, String action, FileBody body, Path file, boolean notFoundIsAnswer) {
        return send(method, path, action, () -> body.open(file), notFoundIsAnswer);
    }

    private HttpResponse<byte[]> send(String method, String path, String action, Body body, boolean notFoundIsAnswer) {
        String encoded = encodePath(path);
        String what = actionName(action) + " " + path;
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            long now = epochSeconds.getAsLong();
            NetStorageSigner.Signature signature = signer.sign(encoded, action, now, Long.toUnsignedString(RANDOM.nextLong()));
            HttpResponse<byte[]> response;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + encoded)).timeout(TIMEOUT)
                        .header(NetStorageSigner.ACTION, action)
                        .header(NetStorageSigner.AUTH_DATA, signature.authData())
                        .header(NetStorageSigner.AUTH_SIGN, signature.authSign());
                request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body.open());
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt < ATTEMPTS) {
                    backoff = pause(backoff);
                    continue;
                }
                throw new InfrastructureException("Cannot reach NetStorage at " + base + " for " + what + " (" + describe(e)
                        + ", " + ATTEMPTS + " attempts)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Interrupted during NetStorage " + what, e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300 || status == 404 && notFoundIsAnswer) {
                return response;
            }
            if ((status >= 500 || status == 429) && attempt < ATTEMPTS) {
                backoff = pause(backoff);
                continue;
            }
            throw failure(response, what, now);
        }
    }

    private RuntimeException failure(HttpResponse<byte[]> response, String what, long sentAt) {
        int status = response.statusCode();
        String detail = snippet(response.body());
        if (status == 401 || status == 403) {
            Long skew = skew(response, sentAt);
            if (skew != null && Math.abs(skew) > SKEW_SECONDS) {
                return new BadInputException("the system clock", "NetStorage refused " + what + " (HTTP " + status + "): this machine's clock is "
                        + Math.abs(skew) + " s " + (skew > 0 ? "behind" : "ahead of") + " NetStorage's, and NetStorage refuses signatures more than about 60 s off",
                        "synchronise the clock (e.g. with NTP: timedatectl set-ntp true) and run again");
            }
            return new BadInputException(NetStorageSettings.KEY_NAME_VARIABLE + " / " + NetStorageSettings.KEY_VARIABLE,
                    "NetStorage refused " + what + " signed with " + credentialSource + " (HTTP " + status + detail + ")",
                    "check the upload account's key name and key, that the account has the HTTP API enabled, and that it may write the CP code");
        }
        if (status == 404) {
            return new BadInputException(NetStorageSettings.ENDPOINT_PARAMETER, "NetStorage has no " + what.substring(what.indexOf(' ') + 1)
                    + " (HTTP 404" + detail + ")", "check the CP code in sorry.target, and that it is the upload CP code of the storage group");
        }
        return new InfrastructureException("NetStorage " + what + " failed: HTTP " + status + detail
                + (status >= 500 || status == 429 ? " after " + ATTEMPTS + " attempts" : ""), null);
    }

    /** Seconds NetStorage's clock (its Date header) is ahead of ours, or null when it sent none. */
    static Long skew(HttpResponse<?> response, long sentAt) {
        String date = response.headers().firstValue("Date").orElse(null);
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond() - sentAt;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Duration pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while retrying a NetStorage request", e);
        }
        return backoff.multipliedBy(2);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String actionName(String action) {
        for (String part : action.split("&")) {
            if (part.startsWith("action=")) {
                return part.substring("action=".length());
            }
        }
        return action;
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : ": " + text;
    }

    /** Percent-encodes each segment of {@code path}; the signature covers the path exactly as sent. */
    static String encodePath(String path) {
        return String.join("/", java.util.Arrays.stream(path.split("/", -1)).map(URLEncoding::pathSegment).toList());
    }

    /** The {@code <file/>} entries of a stat or dir response. */
    static List<NetStorageEntry> parse(byte[] xml, String path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            NodeList files = builder.parse(new ByteArrayInputStream(xml)).getElementsByTagName("file");
            List<NetStorageEntry> entries = new ArrayList<>();
            for (int i = 0; i < files.getLength(); i++) {
                Element file = (Element) files.item(i);
                entries.add(new NetStorageEntry(file.getAttribute("type"), file.getAttribute("name"), number(file.getAttribute("size")),
                        file.getAttribute("md5").toLowerCase(java.util.Locale.ROOT), number(file.getAttribute("mtime"))));
            }
            return entries;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new InfrastructureException("NetStorage answered " + path + " with XML that cannot be read: " + e.getMessage(), e);
        }
    }

    private static long number(String value) {
        try {
            return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        // HttpClient#close exists only from Java 21; its threads end when it is unreachable.
    }

    @Override
    public String toString() {
        return "NetStorageClient(" + base + ")";
    }
}
