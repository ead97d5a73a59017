package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.validation.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    @Test
    void writesCountsContractsAndEveryEventInAFixedOrder() throws IOException {
        String orders = Reports.contract(Reports.ORDERS, "x").fingerprint();
        String stores = Reports.contract(Reports.STORES, "x").fingerprint();

        assertThat(json(Reports.mixed(false))).isEqualTo("""
                {
                  "status": "failed",
                  "failOnWarning": false,
                  "summary": {
                    "contracts": 3,
                    "errors": 2,
                    "warnings": 1,
                    "notes": 0
                  },
                  "contracts": [
                    {
                      "file": "contracts/a.odcs.yaml",
                      "id": "urn:datacontract:sales:orders",
                      "version": "1.0.0",
                      "fingerprint": "%s",
                      "status": "passed",
                      "errors": 0,
                      "warnings": 0,
                      "notes": 0,
                      "events": []
                    },
                    {
                      "file": "contracts/b.odcs.yaml",
                      "id": "urn:datacontract:sales:stores",
                      "version": "2.1.0",
                      "fingerprint": "%s",
                      "status": "failed",
                      "errors": 1,
                      "warnings": 1,
                      "notes": 0,
                      "events": [
                        {
                          "rule": "ODCS-PHYSICAL-TYPE",
                          "severity": "error",
                          "file": "contracts/b.odcs.yaml",
                          "line": 12,
                          "column": 23,
                          "message": "physicalType 'int' of property 'stores.name' contradicts logicalType 'string'.",
                          "hint": "make 'physicalType' a Glue type of the same kind as 'logicalType: string', or remove it."
                        },
                        {
                          "rule": "ODCS-LOGICAL-TYPE-MISSING",
                          "severity": "warning",
                          "file": "contracts/b.odcs.yaml",
                          "line": 14,
                          "column": 11,
                          "message": "Property 'stores.city' has no logicalType; it is read as a string.",
                          "hint": "add 'logicalType:'."
                        }
                      ]
                    },
                    {
                      "file": "contracts/c.odcs.yaml",
                      "id": null,
                      "version": null,
                      "fingerprint": null,
                      "status": "failed",
                      "errors": 1,
                      "warnings": 0,
                      "notes": 0,
                      "events": [
                        {
                          "rule": "ODCS-YAML-DUPLICATE-KEY",
                          "severity": "error",
                          "file": "contracts/c.odcs.yaml",
                          "line": 3,
                          "column": 1,
                          "message": "Duplicate key 'id' (first defined at line 2).",
                          "hint": "remove one of the two 'id' keys; YAML keeps only one of them."
                        }
                      ]
                    }
                  ]
                }
                """.formatted(orders, stores));
    }

    @Test
    void aCleanRunPasses() throws IOException {
        ValidationReport report = ValidationReport.of(ContractSet.of(List.of(
                Reports.loaded("a.odcs.yaml", Reports.ORDERS))), true);

        JsonNode root = new ObjectMapper().readTree(json(report));

        assertThat(root.get("status").asText()).isEqualTo("passed");
        assertThat(root.get("failOnWarning").asBoolean()).isTrue();
        assertThat(root.get("summary").toString()).isEqualTo(
                "{\"contracts\":1,\"errors\":0,\"warnings\":0,\"notes\":0}");
    }

    @Test
    void warningsFailContractsWhenFailOnWarningIsSet() throws IOException {
        ValidationReport report = ValidationReport.of(ContractSet.of(List.of(Reports.loaded("a.odcs.yaml",
                Reports.ORDERS, Reports.event("ODCS-LOGICAL-TYPE-MISSING", Severity.WARNING, "a.odcs.yaml", 9, 9,
                        "Property 'orders.id' has no logicalType; it is read as a string.", "")))), true);

        JsonNode root = new ObjectMapper().readTree(json(report));

        assertThat(root.get("status").asText()).isEqualTo("failed");
        assertThat(root.at("/contracts/0/status").asText()).isEqualTo("failed");
        assertThat(root.at("/contracts/0/events/0/hint").asText()).isEmpty();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() throws IOException {
        ValidationReport report = ValidationReport.of(ContractSet.of(List.of(Reports.loaded("a.odcs.yaml",
                Reports.ORDERS, Reports.event("X-RULE", Severity.NOTE, "a.odcs.yaml", 1, 1,
                        "Name \"a\\b\"\u0001 ünïcödé 🚀", "")))), false);

        String text = json(report);

        assertThat(text).contains("\"message\": \"Name \\\"a\\\\b\\\"\\u0001 ünïcödé 🚀\"");
        assertThat(new ObjectMapper().readTree(text).at("/contracts/0/events/0/message").asText())
                .isEqualTo("Name \"a\\b\"\u0001 ünïcödé 🚀");
    }

    private static String json(ValidationReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReportWriter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
