package io.github.sorrysite.akamai;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.settings.FastPurgeSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One section of an {@code .edgerc} file, the INI file Akamai's tools read API credentials from:
 * {@code host}, {@code client_token}, {@code client_secret}, {@code access_token} and optionally
 * {@code max-body}. edgegrid-signer-core 6.0.2 no longer reads the file itself. Nothing here is
 * ever printed: {@link #toString()} names the file and section only.
 */
public record EdgeRc(String host, String clientToken, String clientSecret, String accessToken, int maxBody, String source) {
    static final int DEFAULT_MAX_BODY = 131072;

    @Override
    public String toString() {
        return source;
    }

    public static EdgeRc read(Path file, String section) {
        String shown = "section [" + section + "] of " + file;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(FastPurgeSettings.EDGERC_PARAMETER, file + " does not exist",
                    "create an API client with the CCU (Fast Purge) grant in Control Center and save its credentials there, or name the file in -D"
                            + FastPurgeSettings.EDGERC_PARAMETER, e);
        } catch (IOException e) {
            throw new BadInputException(FastPurgeSettings.EDGERC_PARAMETER, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")",
                    "name a readable .edgerc file", e);
        }
        Map<String, String> values = null;
        String current = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1).strip();
                if (current.equals(section)) {
                    values = new LinkedHashMap<>();
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (values == null || !section.equals(current) || eq < 0) {
                continue; // never echo a line: it may hold a secret
            }
            values.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_'), line.substring(eq + 1).strip());
        }
        if (values == null) {
            throw new BadInputException(FastPurgeSettings.SECTION_PARAMETER, file + " has no section [" + section + "]",
                    "name an existing section in -D" + FastPurgeSettings.SECTION_PARAMETER + " (default: default)");
        }
        for (String field : new String[] {"host", "client_token", "client_secret", "access_token"}) {
            if (values.getOrDefault(field, "").isEmpty()) {
                throw new BadInputException(FastPurgeSettings.EDGERC_PARAMETER, shown + " has no " + field,
                        "copy the API client's host, client_token, client_secret and access_token into it");
            }
        }
        String host = values.get("host").replaceFirst("^https?://", "").replaceAll("/+$", "");
        int maxBody = DEFAULT_MAX_BODY;
        try {
            maxBody = Integer.parseInt(values.getOrDefault("max_body", String.valueOf(DEFAULT_MAX_BODY)));
        } catch (NumberFormatException e) {
            throw new BadInputException(FastPurgeSettings.EDGERC_PARAMETER, shown + " has a max-body that is not a number", "remove it or use 131072");
        }
        return new EdgeRc(host, values.get("client_token"), values.get("client_secret"), values.get("access_token"), maxBody, shown);
    }
}
