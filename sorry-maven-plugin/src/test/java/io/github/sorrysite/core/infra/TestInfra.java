package io.github.sorrysite.core.infra;

import io.github.sorrysite.core.common.StagedOutput;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** The templates of the repository's default site (en + ja) for one made-up account. */
public final class TestInfra {
    public static final String DOMAIN = "sorry.example.com";
    public static final String BUCKET = "sorry-site-test";
    public static final String ALB = "app-123.us-east-1.elb.amazonaws.com";

    private TestInfra() {
    }

    public static InfraConfig config(SiteConfig site, String hostedZoneId, Set<InfraFormat> formats) {
        InfraPages pages = InfraPages.of(BuildOutput.of(site).report("test"));
        return new InfraConfig(formats, DOMAIN, BUCKET, "sorry/", ALB, "Z35SXDOTRQ7X7K", hostedZoneId, "/health",
                pages.sorryPage(), pages.status(), pages.defaultLang(), pages.localePages(), "/sorrycontent/", CacheControlPolicy.DEFAULT_PAGES,
                300, 10);
    }

    /** Builds the default site in {@code project} and writes both formats under its {@code target/sorry/infra/}. */
    public static Path write(Path project, String hostedZoneId) {
        SiteConfig site = TestSites.buildDefaultSite(project);
        try (StagedOutput output = new StagedOutput(site.outputDirectory())) {
            WriteInfra.write(config(site, hostedZoneId, EnumSet.allOf(InfraFormat.class)), output);
            output.commit();
        }
        return site.outputDirectory().resolve("infra");
    }
}
