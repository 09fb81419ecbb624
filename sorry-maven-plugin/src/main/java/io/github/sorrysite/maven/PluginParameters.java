package io.github.sorrysite.maven;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The plugin's parameters as its descriptor (META-INF/maven/plugin.xml) lists them: which pom
 * element each {@code sorry.*} property sets, for this goal and for every goal of the plugin.
 * Read from the descriptor rather than kept in a second list, so a new parameter is known at once.
 */
final class PluginParameters {
    /** Property to pom element name, for this goal. */
    private final Map<String, String> goal;
    /** Every property any goal of the plugin reads, to its goals. */
    private final Map<String, List<String>> plugin;

    private PluginParameters(Map<String, String> goal, Map<String, List<String>> plugin) {
        this.goal = goal;
        this.plugin = plugin;
    }

    static PluginParameters of(MojoExecution execution) {
        Map<String, String> goal = new LinkedHashMap<>();
        Map<String, List<String>> plugin = new TreeMap<>();
        if (execution == null || execution.getMojoDescriptor() == null) {
            return new PluginParameters(goal, plugin);
        }
        MojoDescriptor own = execution.getMojoDescriptor();
        properties(own).forEach(goal::put);
        PluginDescriptor descriptor = own.getPluginDescriptor();
        Collection<MojoDescriptor> mojos = descriptor == null || descriptor.getMojos() == null ? List.of(own) : descriptor.getMojos();
        for (MojoDescriptor mojo : mojos) {
            properties(mojo).keySet().forEach(p -> plugin.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(mojo.getGoal()));
        }
        return new PluginParameters(goal, plugin);
    }

    /** Property to element name for the parameters of {@code mojo} that a property can set. */
    static Map<String, String> properties(MojoDescriptor mojo) {
        Map<String, String> out = new LinkedHashMap<>();
        if (mojo.getParameters() == null) {
            return out;
        }
        for (Parameter parameter : mojo.getParameters()) {
            String property = property(parameter);
            if (property != null) {
                out.put(property, parameter.getName());
            }
        }
        return out;
    }

    /** {@code sorry.inline.budget} from the expression {@code ${sorry.inline.budget}}, or null. */
    static String property(Parameter parameter) {
        String expression = parameter.getExpression();
        if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) {
            return null;
        }
        String name = expression.substring(2, expression.length() - 1);
        return name.startsWith("sorry.") ? name : null;
    }

    /** This goal's pom element for {@code property}, or null when the goal has no such parameter. */
    String element(String property) {
        return goal.get(property);
    }

    Map<String, String> goalProperties() {
        return goal;
    }

    /** Every property some goal of the plugin reads. */
    Map<String, List<String>> pluginProperties() {
        return plugin;
    }

    /** {@code <inlineBudget> / -Dsorry.inline.budget} for a property this goal has; anything else as it is. */
    String shown(String where) {
        String element = goal.get(where);
        return element == null ? where : "<" + element + "> / -D" + where;
    }
}
