package dev.datamesh.contract.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.SafeYamlLoader;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String BASE = """
            apiVersion: v3.1.0
            kind: DataContract
            id: c1
            version: 1.0.0
            status: active
            schema:
              - name: orders
                properties:
                  - name: id
                    logicalType: integer
                  - name: amount
                    logicalType: number
                    logicalTypeOptions: {minimum: 1.50}
            """;

    @Test
    void ignoresKeyOrderFormattingCommentsAndQuoting() {
        String reordered = """
                # a comment
                kind: "DataContract"
                apiVersion: 'v3.1.0'
                status: active
                version: 1.0.0
                id: c1
                schema:
                - properties:
                  - {logicalType: integer, name: id}
                  - logicalTypeOptions:
                      minimum: 1.5
                    logicalType: number
                    name: amount
                  name: orders
                """;
        assertThat(fingerprint(reordered)).isEqualTo(fingerprint(BASE));
    }

    @Test
    void changesWithAnySemanticChange() {
        String base = fingerprint(BASE);
        assertThat(fingerprint(BASE.replace("version: 1.0.0", "version: 1.0.1"))).isNotEqualTo(base);
        assertThat(fingerprint(BASE.replace("minimum: 1.50", "minimum: 1.51"))).isNotEqualTo(base);
        assertThat(fingerprint(BASE.replace("logicalType: integer", "logicalType: string"))).isNotEqualTo(base);
        // Column order is meaningful.
        String id = "      - name: id\n        logicalType: integer\n";
        String amount = "      - name: amount\n        logicalType: number\n"
                + "        logicalTypeOptions: {minimum: 1.50}\n";
        String swapped = BASE.replace(id + amount, amount + id);
        assertThat(swapped).isNotEqualTo(BASE);
        assertThat(fingerprint(swapped)).isNotEqualTo(base);
        // A string "1" is not the number 1.
        assertThat(fingerprint("a: '1'\n")).isNotEqualTo(fingerprint("a: 1\n"));
    }

    @Test
    void isHexSha256() {
        assertThat(fingerprint(BASE)).matches("[0-9a-f]{64}");
    }

    private static String fingerprint(String yaml) {
        return Fingerprint.of(new SafeYamlLoader().load(yaml, "f.yaml").unwrap());
    }
}
