package io.github.sorrysite.core.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.alb.Hcl;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the fixed responses in files that already carry them: Kubernetes Ingress YAML
 * ({@code alb.ingress.kubernetes.io/actions.*} annotations), CloudFormation JSON or YAML
 * ({@code FixedResponseConfig}), Terraform ({@code fixed_response} blocks) and aws CLI JSON.
 * Each comes with the line of its body, so a finding can point at it.
 */
public final class ExistingFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TF_BODY = Pattern.compile("message_body\\s*=\\s*(\"|<<-?([A-Za-z_]+)\\n)");

    private ExistingFiles() {
    }

    /** A fixed response found in a file, at {@code line} (1-based). */
    public record Located(FixedResponse response, int line) {
    }

    public static List<Located> extract(String content, String fileName, String shown) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tf")) {
            return terraform(content);
        }
        if (name.endsWith(".json")) {
            return json(content, shown);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml(content, shown);
        }
        throw new BadInputException(shown, "is not a file sorry:lint can read",
                "list only Ingress/CloudFormation .yaml/.yml, CloudFormation or aws CLI .json, and Terraform .tf files in sorry.lint.files");
    }

    static List<Located> terraform(String content) {
        List<Located> out = new ArrayList<>();
        Matcher m = TF_BODY.matcher(content);
        while (m.find()) {
            String body;
            int end;
            if (m.group(1).equals("\"")) {
                int i = m.end();
                StringBuilder literal = new StringBuilder();
                while (i < content.length() && content.charAt(i) != '"') {
                    if (content.charAt(i) == '\\' && i + 1 < content.length()) {
                        literal.append(content.charAt(i++));
                    }
                    literal.append(content.charAt(i++));
                }
                body = Hcl.unquote(literal.toString());
                end = i;
            } else {
                String marker = m.group(2);
                Matcher close = Pattern.compile("(?m)^\\s*" + Pattern.quote(marker) + "\\s*$").matcher(content);
                if (!close.find(m.end())) {
                    continue;
                }
                String raw = content.substring(m.end(), close.start());
                body = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
                if (m.group(1).startsWith("<<-")) {
                    body = body.lines().map(String::stripLeading).reduce((a, b) -> a + "\n" + b).orElse("");
                }
                end = close.end();
            }
            int blockStart = Math.max(0, content.lastIndexOf("fixed_response", m.start()));
            int next = content.indexOf("fixed_response", end);
            String block = content.substring(blockStart, next < 0 ? content.length() : next);
            out.add(new Located(new FixedResponse(attribute(block, "status_code", "503"),
                    attribute(block, "content_type", "text/plain"), body), line(content, m.start())));
        }
        return out;
    }

    private static String attribute(String block, String name, String fallback) {
        Matcher m = Pattern.compile(name + "\\s*=\\s*\"([^\"]*)\"").matcher(block);
        return m.find() ? m.group(1) : fallback;
    }

    static List<Located> json(String content, String shown) {
        List<Located> out = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(content)) {
            walkJson(parser, out, shown);
        } catch (IOException e) {
            throw new BadInputException(shown, "is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), "fix the JSON");
        }
        return out;
    }

    private static void walkJson(JsonParser parser, List<Located> out, String shown) throws IOException {
        // One frame per open object: the fields that make a fixed response, and where its body was.
        java.util.ArrayDeque<String[]> frames = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> bodyLines = new java.util.ArrayDeque<>();
        String field = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            switch (token) {
                case START_OBJECT -> {
                    frames.push(new String[3]);
                    bodyLines.push(0);
                }
                case END_OBJECT -> {
                    String[] f = frames.pop();
                    int bodyLine = bodyLines.pop();
                    if (f[2] != null) {
                        out.add(new Located(new FixedResponse(f[0] == null ? "" : f[0], f[1] == null ? "text/plain" : f[1], f[2]),
                                bodyLine));
                    }
                }
                case FIELD_NAME -> field = parser.currentName();
                case VALUE_STRING, VALUE_NUMBER_INT -> {
                    if (frames.isEmpty() || field == null) {
                        break;
                    }
                    String value = parser.getText();
                    int line = parser.currentTokenLocation().getLineNr();
                    String key = field.toLowerCase(Locale.ROOT);
                    String[] f = frames.peek();
                    switch (key) {
                        case "statuscode", "status_code" -> f[0] = value;
                        case "contenttype", "content_type" -> f[1] = value;
                        case "messagebody", "message_body" -> {
                            f[2] = value;
                            bodyLines.pop();
                            bodyLines.push(line);
                        }
                        default -> {
                            if (key.startsWith("alb.ingress.kubernetes.io/actions.")) {
                                annotation(value, line, out, shown);
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    static List<Located> yaml(String content, String shown) {
        List<Located> out = new ArrayList<>();
        try {
            for (Node document : new Yaml(new LoaderOptions()).composeAll(new StringReader(content))) {
                walkYaml(document, out, shown);
            }
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new BadInputException(shown, "is not valid YAML: " + e.getMessage().replaceAll("\\s+", " "), "fix the YAML");
        }
        return out;
    }

    private static void walkYaml(Node node, List<Located> out, String shown) {
        if (node instanceof MappingNode mapping) {
            String status = null;
            String type = null;
            String body = null;
            int line = 0;
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                Node value = tuple.getValueNode();
                String lower = key.toLowerCase(Locale.ROOT);
                if (value instanceof ScalarNode scalar) {
                    switch (lower) {
                        case "statuscode" -> status = scalar.getValue();
                        case "contenttype" -> type = scalar.getValue();
                        case "messagebody" -> {
                            body = scalar.getValue();
                            line = scalar.getStartMark().getLine() + 1;
                        }
                        default -> {
                            if (lower.startsWith("alb.ingress.kubernetes.io/actions.")) {
                                annotation(scalar.getValue(), scalar.getStartMark().getLine() + 1, out, shown);
                            }
                        }
                    }
                } else {
                    walkYaml(value, out, shown);
                }
            }
            if (body != null) {
                out.add(new Located(new FixedResponse(status == null ? "" : status, type == null ? "text/plain" : type, body), line));
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> walkYaml(child, out, shown));
        }
    }

    /** An Ingress actions annotation: JSON with a fixedResponseConfig (other action types are skipped). */
    private static void annotation(String value, int line, List<Located> out, String shown) {
        JsonNode action;
        try {
            action = JSON.readTree(value);
        } catch (IOException e) {
            throw new BadInputException(shown + ":" + line, "has an actions annotation that is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), "fix the JSON in the annotation");
        }
        JsonNode config = action == null ? null : action.get("fixedResponseConfig");
        if (config == null || !config.hasNonNull("messageBody")) {
            return;
        }
        out.add(new Located(new FixedResponse(config.path("statusCode").asText(""),
                config.path("contentType").asText("text/plain"), config.get("messageBody").asText()), line));
    }

    static int line(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
