package io.github.sorrysite.core.settings;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How {@code sorry:publish} reaches Akamai's Fast Purge API ({@code sorry.akamai.*}), validated in
 * one place. The API credentials are an {@code .edgerc} section the user names; they are read by
 * the adapter, never held here, so nothing that prints settings can print them.
 *
 * @param edgerc the {@code .edgerc} file
 * @param section its section with {@code host}, {@code client_token}, {@code client_secret}, {@code access_token}
 * @param endpoint base URL instead of {@code https://<host>} from the section (a stand-in), or null
 * @param hostnames the hosts whose URLs are purged, each {@code www.example.com} (https) or a full
 *                  {@code http(s)://host[:port]} base
 */
public record FastPurgeSettings(Path edgerc, String section, URI endpoint, List<String> hostnames) {
    public static final String EDGERC_PARAMETER = "sorry.akamai.edgerc";
    public static final String SECTION_PARAMETER = "sorry.akamai.section";
    public static final String ENDPOINT_PARAMETER = "sorry.akamai.purge.endpoint";
    public static final String HOSTNAMES_PARAMETER = "sorry.akamai.purge.hostnames";
    public static final String NETWORK_PARAMETER = "sorry.akamai.purge.network";

    public FastPurgeSettings {
        hostnames = List.copyOf(hostnames);
    }

    /** Takes the parameters as the user typed them; blank means unset. */
    public static FastPurgeSettings of(String edgerc, String section, String endpoint, String hostnames) {
        String file = blankToNull(edgerc);
        Path path = file == null ? Path.of(System.getProperty("user.home"), ".edgerc") : Path.of(file);
        String s = blankToNull(section);
        if (s != null && !s.matches("[A-Za-z0-9_.:-]+")) {
            throw new BadInputException(SECTION_PARAMETER, "'" + s + "' is not an .edgerc section name", "use the name between [ ] in the file, e.g. default or ccu");
        }
        return new FastPurgeSettings(path.toAbsolutePath().normalize(), s == null ? "default" : s, uri(endpoint), hosts(hostnames));
    }

    /** The purge network: {@code production} or {@code staging}. */
    public static String network(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.equals("production") && !lower.equals("staging")) {
            throw new BadInputException(NETWORK_PARAMETER, "'" + v + "' is not an Akamai network", "use production or staging, or leave it unset for no purge");
        }
        return lower;
    }

    /** {@code https://www.example.com}, or the base as written when it has a scheme. */
    public List<String> bases() {
        return hostnames.stream().map(h -> h.contains("://") ? h : "https://" + h).toList();
    }

    private static List<String> hosts(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String raw : Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList()) {
            String host = raw.replaceAll("/+$", "");
            boolean ok = host.contains("://") ? host.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")
                    : host.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
            if (!ok) {
                throw new BadInputException(HOSTNAMES_PARAMETER, "'" + raw + "' is not a host name", "list the property's hostnames, e.g. www.example.com,failover.example.com");
            }
            out.add(host.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static URI uri(String value) {
        return BaseUrl.parse(ENDPOINT_PARAMETER, value, "use a base URL such as http://127.0.0.1:8080, or leave it unset for the host of the .edgerc section");
    }
}
