package io.github.sorrysite.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Checks the {@code -Dsorry.*} properties of the command line before a goal does any work:
 * <ul>
 *   <li>a property no goal of the plugin reads is reported, with the nearest known name;</li>
 *   <li>a property that the pom's {@code <configuration>} shadows is reported with both values;</li>
 *   <li>a deprecated name is reported with its new name (the mojo maps the value itself).</li>
 * </ul>
 * Goals that change remote state fail on the first two: an ignored {@code -Dsorry.dryRun=true} or
 * {@code -Dsorry.target=s3://staging/...} would otherwise mean a real change to production.
 */
final class PropertyCheck {
    private final MojoExecution execution;
    private final Properties userProperties;
    private final Log log;

    private PropertyCheck(MojoExecution execution, Properties userProperties, Log log) {
        this.execution = execution;
        this.userProperties = userProperties;
        this.log = log;
    }

    static PropertyCheck of(MojoExecution execution, MavenSession session, Log log) {
        Properties user = session == null || session.getUserProperties() == null ? new Properties() : session.getUserProperties();
        return new PropertyCheck(execution, user, log);
    }

    /**
     * @param strict fail (instead of warning) on unknown and shadowed properties
     * @param mojo the goal whose parameter a deprecated property's value goes to
     */
    void run(boolean strict, Object mojo) throws MojoFailureException {
        PluginParameters parameters = PluginParameters.of(execution);
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(userProperties.stringPropertyNames())) {
            if (!name.startsWith("sorry.")) {
                continue;
            }
            String renamed = DeprecatedProperties.RENAMED.get(name);
            if (renamed != null) {
                String problem = renamed(name, renamed, parameters, mojo);
                if (problem != null) {
                    problems.add(problem);
                }
                continue;
            }
            if (!parameters.pluginProperties().containsKey(name)) {
                problems.add(unknown(name, parameters));
                continue;
            }
            String element = parameters.element(name);
            if (element != null) {
                String shadow = shadowed(name, element, userProperties.getProperty(name));
                if (shadow != null) {
                    problems.add(shadow);
                }
            }
        }
        for (String problem : problems) {
            if (strict) {
                throw new MojoFailureException(problem + "; sorry:" + execution.getGoal()
                        + " changes remote state, so it does not run with a property it would ignore");
            }
            log.warn(problem);
        }
    }

    /** Gives the new parameter the old property's value, unless the new name or the pom says otherwise. */
    private String renamed(String old, String renamed, PluginParameters parameters, Object mojo) {
        log.warn("-D" + old + " is deprecated; use -D" + renamed + " (the old name still works in this release)");
        String element = parameters.element(renamed);
        if (element == null) {
            return null; // not a parameter of this goal: ignored like any property another goal reads
        }
        if (userProperties.getProperty(renamed) != null) {
            log.warn("-D" + old + " is ignored because -D" + renamed + " is given too");
            return null;
        }
        String value = userProperties.getProperty(old);
        String shadow = shadowed(renamed, element, value);
        if (shadow != null) {
            return shadow.replace("-D" + renamed + "=", "-D" + old + "=");
        }
        FieldValue.set(mojo, element, value);
        return null;
    }

    private static String unknown(String name, PluginParameters parameters) {
        String near = nearest(name, parameters.pluginProperties().keySet());
        return "-D" + name + " is not a property of any sorry goal and is ignored"
                + (near == null ? "" : "; did you mean -D" + near + "?");
    }

    /** A message when the pom sets {@code element} to something else than {@code value}, else null. */
    private String shadowed(String property, String element, String value) {
        Xpp3Dom configuration = execution.getConfiguration();
        Xpp3Dom child = configuration == null ? null : configuration.getChild(element);
        if (child == null) {
            return null;
        }
        String configured = child.getValue();
        if (configured == null) {
            return child.getChildCount() == 0 ? null
                    : "-D" + property + "=" + value + " is ignored: the pom configures <" + element + "> with nested elements";
        }
        if (configured.contains("${" + property + "}") || configured.strip().equals(value == null ? "" : value.strip())) {
            return null;
        }
        return "-D" + property + "=" + value + " is ignored: the pom's <configuration> sets <" + element + ">" + configured.strip()
                + "</" + element + ">" + " (to make it overridable, move the value to <properties><" + property + ">"
                + configured.strip() + "</" + property + "></properties> and drop <" + element + ">)";
    }

    /** The known name closest to {@code name}: same letters ignoring case first, else within 3 edits. */
    static String nearest(String name, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(name)) {
                return candidate;
            }
            int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        for (Map.Entry<String, String> renamed : DeprecatedProperties.RENAMED.entrySet()) {
            if (renamed.getKey().equalsIgnoreCase(name)) {
                return renamed.getValue();
            }
        }
        return bestDistance <= 3 ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return io.github.sorrysite.core.common.EditDistance.between(a, b);
    }
}
