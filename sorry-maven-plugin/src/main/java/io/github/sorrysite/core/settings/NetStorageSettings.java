package io.github.sorrysite.core.settings;

import io.github.sorrysite.core.BadInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * How the NetStorage client of {@code sorry:publish} connects ({@code sorry.netstorage.*}),
 * validated in one place. The key itself is not a parameter: it comes from the environment
 * ({@value #KEY_NAME_VARIABLE}, {@value #KEY_VARIABLE}) or from a file the user names, so it is
 * never in a pom, on a command line, in {@code mvn -X}'s parameter dump, in a plan or in a report.
 *
 * @param endpoint base URL that replaces {@code https://<upload-host>}, e.g. {@code http://127.0.0.1:8080}
 *                 for a stand-in (request paths stay {@code /<cp-code>/<path>/...}); null for the target's host
 * @param credentialsFile a file with {@code key_name=} and {@code key=} lines, or null for the environment
 */
public record NetStorageSettings(URI endpoint, Path credentialsFile) {
    public static final String KEY_NAME_VARIABLE = "SORRY_NETSTORAGE_KEY_NAME";
    public static final String KEY_VARIABLE = "SORRY_NETSTORAGE_KEY";
    public static final String ENDPOINT_PARAMETER = "sorry.netstorage.endpoint";
    public static final String CREDENTIALS_PARAMETER = "sorry.netstorage.credentials";

    /**
     * An upload account's key name and key. Neither is ever shown: {@link #toString()} names only
     * where they came from, which is what messages say.
     */
    public record Credentials(String keyName, String key, String source) {
        @Override
        public String toString() {
            return "the NetStorage key from " + source;
        }
    }

    public static NetStorageSettings defaults() {
        return new NetStorageSettings(null, null);
    }

    /** Takes the parameters as the user typed them; blank means unset. */
    public static NetStorageSettings of(String endpoint, String credentialsFile) {
        return new NetStorageSettings(uri(endpoint), credentialsFile == null || credentialsFile.isBlank() ? null
                : Path.of(credentialsFile.strip()).toAbsolutePath().normalize());
    }

    /** The base URL requests go to: the endpoint override, else {@code https://<host>}. */
    public URI baseUrl(String host) {
        return endpoint != null ? endpoint : URI.create("https://" + host);
    }

    /**
     * The key name and key: from {@link #credentialsFile()} when one is named, else from the
     * environment. Read only when a NetStorage target is published to.
     */
    public Credentials credentials(Map<String, String> environment) {
        if (credentialsFile != null) {
            return fromFile(credentialsFile);
        }
        String name = blankToNull(environment.get(KEY_NAME_VARIABLE));
        String key = blankToNull(environment.get(KEY_VARIABLE));
        if (name == null || key == null) {
            throw new BadInputException(name == null ? KEY_NAME_VARIABLE : KEY_VARIABLE, "is not set, so there is no NetStorage key to sign with",
                    "export " + KEY_NAME_VARIABLE + " (the upload account's key name) and " + KEY_VARIABLE
                            + " (its key), or name a file with key_name= and key= lines in -D" + CREDENTIALS_PARAMETER);
        }
        checkKeyName(name, KEY_NAME_VARIABLE);
        return new Credentials(name, key, "the environment");
    }

    private static Credentials fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(CREDENTIALS_PARAMETER, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")",
                    "name a readable file with key_name= and key= lines", e);
        }
        String name = null;
        String key = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue; // never echo the line: it may be the key itself
            }
            String field = line.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
            String value = line.substring(eq + 1).strip();
            switch (field) {
                case "key_name", "keyname", "id" -> name = value;
                case "key" -> key = value;
                default -> {
                }
            }
        }
        if (name == null || name.isEmpty() || key == null || key.isEmpty()) {
            throw new BadInputException(CREDENTIALS_PARAMETER, file + " has no " + (name == null || name.isEmpty() ? "key_name=" : "key=")
                    + " line", "write the upload account's key name as key_name=... and its key as key=...");
        }
        checkKeyName(name, CREDENTIALS_PARAMETER);
        return new Credentials(name, key, file.toString());
    }

    private static void checkKeyName(String name, String where) {
        // The key name goes into X-Akamai-ACS-Auth-Data, a comma-separated header.
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new BadInputException(where, "the key name has characters NetStorage does not allow (commas, spaces, ...)",
                    "use the upload account's key name as Control Center shows it");
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static URI uri(String value) {
        return BaseUrl.parse(ENDPOINT_PARAMETER, value, "use a base URL such as http://127.0.0.1:8080 (request paths stay /<cp-code>/<path>/...), or leave it unset for the target's host");
    }

}
