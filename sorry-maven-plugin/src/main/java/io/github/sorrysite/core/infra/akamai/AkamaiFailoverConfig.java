package io.github.sorrysite.core.infra.akamai;

import io.github.sorrysite.core.BadInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * The user's values for the Site Failover rules ({@code sorry.akamai.*}), validated in one place.
 *
 * @param failoverHostname the property hostname the edge re-creates the request on, e.g.
 *                         {@code failoverns.example.com}: used only on the edge, so it needs no DNS record or certificate
 * @param downloadDomain the NetStorage download domain, e.g. {@code example.download.akamai.com}
 * @param cpCode the NetStorage CP code
 * @param basePath the directory under the CP code: {@code /} or {@code /sorry/}
 * @param basePage the page served on failover, as a key of the built site, e.g. {@code maintenance.html}
 * @param assetTtl how long the edge caches what NetStorage serves, e.g. {@code 10m}
 * @param errorTtl how long the edge caches NetStorage's error answers (negative caching), e.g. {@code 10s}
 */
public record AkamaiFailoverConfig(String failoverHostname, String downloadDomain, String cpCode, String basePath, String basePage,
                                   String assetTtl, String errorTtl) {
    public static final String FAILOVER_HOSTNAME = "sorry.akamai.failoverHostname";
    public static final String DOWNLOAD_DOMAIN = "sorry.akamai.netstorage.downloadDomain";
    public static final String BASE_PAGE = "sorry.akamai.basePage";
    public static final String ASSET_TTL = "sorry.akamai.assetTtl";
    public static final String ERROR_TTL = "sorry.akamai.errorTtl";
    private static final String HOST = "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+";

    public AkamaiFailoverConfig {
        Objects.requireNonNull(basePath, "basePath");
        if (failoverHostname == null || !failoverHostname.matches(HOST)) {
            throw new BadInputException(FAILOVER_HOSTNAME, failoverHostname == null ? "is not set" : "'" + failoverHostname + "' is not a host name",
                    "name the property hostname the edge re-creates the sorry request on, e.g. failoverns.example.com");
        }
        if (downloadDomain == null || !downloadDomain.matches(HOST)) {
            throw new BadInputException(DOWNLOAD_DOMAIN, downloadDomain == null ? "is not set" : "'" + downloadDomain + "' is not a host name",
                    "use the storage group's download domain, e.g. example.download.akamai.com, or set sorry.target=netstorage://example-nsu.akamaihd.net/<cp-code>/<path>");
        }
        if (cpCode == null || !cpCode.matches("\\d{1,10}")) {
            throw new BadInputException("sorry.target", "has no NetStorage CP code for the rule tree",
                    "set sorry.target=netstorage://<upload-host>/<cp-code>/<path> (the rule tree sends the failover to that directory)");
        }
        ttl(ASSET_TTL, assetTtl);
        ttl(ERROR_TTL, errorTtl);
    }

    /**
     * The download domain that goes with an upload host: {@code example-nsu.akamaihd.net} is
     * uploaded to, {@code example.download.akamai.com} serves; null when the host is not of that form.
     */
    public static String downloadDomainOf(String uploadHost) {
        String host = uploadHost.toLowerCase(Locale.ROOT);
        return host.endsWith("-nsu.akamaihd.net") ? host.substring(0, host.length() - "-nsu.akamaihd.net".length()) + ".download.akamai.com" : null;
    }

    private static void ttl(String parameter, String value) {
        if (value == null || !value.matches("\\d+[smhd]")) {
            throw new BadInputException(parameter, "'" + value + "' is not a Property Manager time", "use e.g. 10m, 30s, 1h or 1d");
        }
    }
}
