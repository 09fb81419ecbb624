package io.github.sorrysite.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files written by hand (not by this plugin): each body is found, with the line it is on. */
class ExistingFilesTest {
    @Test
    void ingressYamlAnnotationsAcrossDocuments() {
        String yaml = """
                apiVersion: v1
                kind: Service
                metadata: {name: app}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: app
                  annotations:
                    alb.ingress.kubernetes.io/scheme: internet-facing
                    alb.ingress.kubernetes.io/actions.forward-app: '{"type":"forward","forwardConfig":{"targetGroups":[]}}'
                    alb.ingress.kubernetes.io/actions.sorry: >
                      {"type":"fixed-response","fixedResponseConfig":{"contentType":"text/html","statusCode":"503",
                      "messageBody":"<p>down"}}
                """;
        List<ExistingFiles.Located> found = ExistingFiles.extract(yaml, "ingress.yaml", "ingress.yaml");
        assertEquals(1, found.size());
        assertEquals(12, found.get(0).line());
        assertEquals("<p>down", found.get(0).response().messageBody());
        assertEquals("503", found.get(0).response().statusCode());
    }

    @Test
    void cloudFormationYamlWithShortFormTags() {
        String yaml = """
                Resources:
                  Rule:
                    Type: AWS::ElasticLoadBalancingV2::ListenerRule
                    Properties:
                      ListenerArn: !Ref Listener
                      Actions:
                        - Type: fixed-response
                          FixedResponseConfig:
                            StatusCode: "200"
                            ContentType: text/html
                            MessageBody: "<p>x"
                """;
        List<ExistingFiles.Located> found = ExistingFiles.extract(yaml, "t.yml", "t.yml");
        assertEquals(1, found.size());
        assertEquals(11, found.get(0).line());
        assertEquals("200", found.get(0).response().statusCode());
    }

    @Test
    void cloudFormationAndCliJson() {
        String json = "{\n \"Resources\": {\n  \"R\": {\"Properties\": {\"Actions\": [{\"Type\": \"fixed-response\",\n"
                + "   \"FixedResponseConfig\": {\"StatusCode\": \"503\", \"ContentType\": \"text/html\",\n"
                + "     \"MessageBody\": \"<p>one\"}}]}},\n"
                + "  \"S\": {\"Properties\": {\"Actions\": [{\"FixedResponseConfig\": {\"MessageBody\": \"<p>two\", \"StatusCode\": \"404\"}}]}}\n}}";
        List<ExistingFiles.Located> found = ExistingFiles.extract(json, "stack.json", "stack.json");
        assertEquals(List.of(5, 6), found.stream().map(ExistingFiles.Located::line).toList());
        assertEquals("404", found.get(1).response().statusCode());
        assertEquals("text/plain", found.get(1).response().contentType(), "the API's default content type");
        String cli = "[{\"Type\":\"fixed-response\",\"FixedResponseConfig\":{\"MessageBody\":\"<p>x\",\"StatusCode\":\"503\",\"ContentType\":\"text/html\"}}]";
        assertEquals("<p>x", ExistingFiles.extract(cli, "a.cli.json", "a.cli.json").get(0).response().messageBody());
    }

    @Test
    void terraformQuotedAndHeredoc() {
        String tf = """
                resource "aws_lb_listener_rule" "a" {
                  action {
                    type = "fixed-response"
                    fixed_response {
                      content_type = "text/html"
                      message_body = "<p class=\\"x\\">$${var.y}"
                      status_code  = "503"
                    }
                  }
                }
                resource "aws_lb_listener_rule" "b" {
                  action {
                    fixed_response {
                      content_type = "text/plain"
                      status_code  = "200"
                      message_body = <<-EOT
                        down
                        for now
                      EOT
                    }
                  }
                }
                """;
        List<ExistingFiles.Located> found = ExistingFiles.extract(tf, "main.tf", "main.tf");
        assertEquals(2, found.size());
        assertEquals(6, found.get(0).line());
        assertEquals("<p class=\"x\">${var.y}", found.get(0).response().messageBody());
        assertEquals(16, found.get(1).line());
        assertEquals("down\nfor now", found.get(1).response().messageBody());
        assertEquals("200", found.get(1).response().statusCode());
    }

    @Test
    void unknownFileTypeIsAUserMistake() {
        assertThrows(BadInputException.class, () -> ExistingFiles.extract("x", "notes.txt", "notes.txt"));
        assertThrows(BadInputException.class, () -> ExistingFiles.extract("{", "broken.json", "broken.json"));
    }
}
