package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.SorryException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the failover chain link by link, read-only: each sorry URL and the assets its body
 * loads, the TLS of every https host seen, then the CloudFront, ACM, Route 53 and ALB configuration
 * when configured. The decisions are the pure {@code *Checks} functions; this class only reads
 * through the ports and collects what they decide.
 */
public final class Verifier {
    /** At most this many assets per page, so a stylesheet that @imports itself under new names still ends. */
    private static final int MAX_ASSETS = 200;

    private final VerifyConfig config;
    private final ExpectedSite site;
    private final VerifyPorts ports;
    private final Instant now;

    public Verifier(VerifyConfig config, ExpectedSite site, VerifyPorts ports, Instant now) {
        this.config = config;
        this.site = site;
        this.ports = ports;
        this.now = now;
    }

    public VerifyResult verify() {
        List<Check> checks = new ArrayList<>();
        Set<String> tlsHosts = new LinkedHashSet<>();
        Set<String> assetsChecked = new LinkedHashSet<>();
        for (URI url : config.urls()) {
            page(url, checks, tlsHosts, assetsChecked);
        }
        for (String hostPort : config.tlsHosts()) {
            tlsHosts.add(hostPort.contains(":") ? hostPort : hostPort + ":443");
        }
        for (String hostPort : tlsHosts) {
            int colon = hostPort.lastIndexOf(':');
            String host = hostPort.substring(0, colon);
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            try {
                checks.addAll(TlsChecks.check(ports.tls().inspect(host, port), now, config.certWarnDays()));
            } catch (UnreachableException e) {
                checks.add(TlsChecks.unreachable(host, port, e.getMessage()));
            }
        }
        List<String> distributionDomains = new ArrayList<>();
        if (ports.cloudFront() != null) {
            for (String id : config.distributionIds()) {
                DistributionFacts d = read(checks, CloudFrontChecks.LINK, id, () -> ports.cloudFront().distribution(id));
                if (d == null) {
                    continue;
                }
                distributionDomains.add(d.domainName());
                checks.addAll(CloudFrontChecks.check(d, config.cdn(site)));
                if (d.certificateArn().isEmpty()) {
                    if (config.domain() != null) {
                        checks.add(Check.error(AcmChecks.LINK, id, "the distribution uses CloudFront's default certificate, which does not "
                                + "cover " + config.domain(), "request an ACM certificate in us-east-1 for " + config.domain()
                                + " and set it as the distribution's viewer certificate"));
                    }
                } else if (ports.certificates() != null) {
                    CertificateFacts c = read(checks, AcmChecks.LINK, d.certificateArn(), () -> ports.certificates().certificate(d.certificateArn()));
                    if (c != null) {
                        checks.addAll(AcmChecks.check(c, config.domain(), now, config.certWarnDays()));
                    }
                }
            }
        }
        if (ports.dns() != null && config.hostedZoneId() != null) {
            List<RecordFacts> records = read(checks, Route53Checks.LINK, config.domain(),
                    () -> ports.dns().records(config.hostedZoneId(), config.domain()));
            if (records != null) {
                try {
                    checks.addAll(Route53Checks.check(config.domain(), records, distributionDomains.isEmpty() ? null : distributionDomains.get(0),
                            ports.dns()::health));
                } catch (SorryException e) {
                    checks.add(failure(Route53Checks.LINK, config.domain(), e));
                }
            }
        }
        if (ports.listeners() != null && config.listenerArn() != null) {
            List<RuleFacts> rules = read(checks, AlbChecks.LINK, config.listenerArn(), () -> ports.listeners().rules(config.listenerArn()));
            if (rules != null) {
                checks.addAll(AlbChecks.check(config.listenerArn(), rules, site));
            }
        }
        return new VerifyResult(checks);
    }

    /** @param assetsChecked assets already checked for a page origin (the same asset from another origin needs its own CORS check) */
    private void page(URI url, List<Check> checks, Set<String> tlsHosts, Set<String> assetsChecked) {
        tls(url, tlsHosts);
        HttpAnswer answer;
        try {
            answer = ports.http().get(url, null);
        } catch (UnreachableException e) {
            checks.add(Check.error(PageChecks.LINK, url.toString(), "no answer: " + e.getMessage(),
                    "check that " + url.getHost() + " resolves and serves " + url.getScheme().toUpperCase(Locale.ROOT)
                            + " (the tls lines below say more for https)"));
            return;
        }
        checks.addAll(PageChecks.check(url, answer, site, config.pageMaxAge()));
        if (!answer.mediaType().equals("text/html") && !answer.text().stripLeading().startsWith("<")) {
            return;
        }
        String pageOrigin = AssetReference.originOf(url);
        Deque<AssetReference> queue = new ArrayDeque<>(FindReferences.inHtml(url, answer.text()));
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_ASSETS) {
            AssetReference asset = queue.removeFirst();
            if (!assetsChecked.add(pageOrigin + " " + asset.url())) {
                continue;
            }
            fetched++;
            tls(asset.url(), tlsHosts);
            boolean crossOrigin = !AssetReference.originOf(asset.url()).equals(pageOrigin);
            HttpAnswer assetAnswer;
            try {
                assetAnswer = ports.http().get(asset.url(), crossOrigin ? pageOrigin : null);
            } catch (UnreachableException e) {
                checks.add(AssetChecks.unreachable(asset, e.getMessage()));
                continue;
            }
            checks.addAll(AssetChecks.check(asset, pageOrigin, assetAnswer, site));
            if (asset.kind() == AssetReference.Kind.STYLESHEET && assetAnswer.status() == 200) {
                queue.addAll(FindReferences.inCss(asset.url(), assetAnswer.text()));
            }
        }
    }

    private static void tls(URI url, Set<String> hosts) {
        if ("https".equalsIgnoreCase(url.getScheme())) {
            hosts.add(url.getHost().toLowerCase(Locale.ROOT) + ":" + (url.getPort() < 0 ? 443 : url.getPort()));
        }
    }

    /** A read through an AWS view; a failure becomes an error check naming the permission or the problem. */
    private static <T> T read(List<Check> checks, String link, String subject, Supplier<T> read) {
        try {
            return read.get();
        } catch (SorryException e) {
            checks.add(failure(link, subject, e));
            return null;
        }
    }

    private static Check failure(String link, String subject, SorryException e) {
        if (e instanceof ReadDeniedException denied) {
            return Check.error(link, subject, "access denied: " + e.getMessage(), "allow " + denied.action()
                    + " (read-only) for these credentials; the README's verify IAM policy lists every action sorry:verify needs");
        }
        if (e instanceof BadInputException bad) {
            return Check.error(link, subject, "could not read: " + bad.where() + ": " + bad.problem(), bad.fix());
        }
        return Check.error(link, subject, "could not read: " + e.getMessage(), "check the id and region, and that the service answers");
    }
}
