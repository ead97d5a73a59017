package dev.datamesh.generator.javaclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.Generators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.config.GlobalSettings;

/** What the java-client generator writes for the sample POS contract, and how its options change that. */
class JavaClientGeneratorTest {

    static final Path SAMPLE = Path.of("../sample-domain/sales-contracts/src/main/contracts");
    private static final Contract POS = GeneratedSources.contract(SAMPLE.resolve("pos-transactions.odcs.yaml"));
    private static final String PACKAGE = "java/datamesh/client/pos_transactions/";

    private final JavaClientGenerator generator = new JavaClientGenerator();

    @Test
    void writesTheClientItsSupportAndOneRecordPerSchema() {
        List<GeneratedFile> files = generator.generate(POS, GeneratorOptions.DEFAULT);

        assertThat(files).extracting(GeneratedFile::path).containsExactly(
                PACKAGE + "ApiException.java",
                PACKAGE + "AwsSigV4Signer.java",
                PACKAGE + "Pages.java",
                PACKAGE + "PosTransactionsClient.java",
                PACKAGE + "RequestSigner.java",
                PACKAGE + "RetryPolicy.java",
                PACKAGE + "model/Error.java",
                PACKAGE + "model/PosTransactions.java",
                PACKAGE + "model/PosTransactionsPage.java");
        assertThat(generator.name()).isEqualTo("java-client");
        assertThat(Generators.names()).contains("java-client");
        assertThat(Generators.defaults()).doesNotContain("java-client");
    }

    @Test
    void recordsUseExactTypes() {
        String row = content(generator.generate(POS, GeneratorOptions.DEFAULT), "model/PosTransactions.java");

        assertThat(row).contains("public record PosTransactions(")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"sale_date\")\n        java.time.LocalDate saleDate,")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"sold_at\")\n        java.time.OffsetDateTime soldAt,")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"unit_price\")\n        java.math.BigDecimal unitPrice,")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"line_number\")\n        Integer lineNumber,")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"promotion_id\") @jakarta.annotation.Nullable\n"
                        + "        String promotionId,")
                .contains(" * @param netAmount quantity * unit_price - discount_amount, tax included.\n")
                .doesNotContain("double").doesNotContain("Double").doesNotContain("import ");
    }

    @Test
    void clientHasPageWalkingAndFindMethods() {
        String client = content(generator.generate(POS, GeneratorOptions.DEFAULT), "PosTransactionsClient.java");

        assertThat(client)
                .contains("public datamesh.client.pos_transactions.model.PosTransactionsPage listPosTransactions("
                        + "String transactionId, Integer lineNumber, java.time.LocalDate saleDate, Integer limit, "
                        + "String nextToken) {")
                .contains("public java.util.stream.Stream<datamesh.client.pos_transactions.model.PosTransactions> "
                        + "streamPosTransactions(String transactionId, Integer lineNumber, java.time.LocalDate saleDate,"
                        + " Integer limit) {")
                .contains("public java.util.Iterator<datamesh.client.pos_transactions.model.PosTransactions> "
                        + "iteratePosTransactions(")
                .contains("public datamesh.client.pos_transactions.model.PosTransactions getPosTransactions("
                        + "String transactionId, Integer lineNumber) {")
                .contains("public java.util.Optional<datamesh.client.pos_transactions.model.PosTransactions> "
                        + "findPosTransactions(String transactionId, Integer lineNumber) {")
                .contains("\"/pos_transactions/\" + pathSegment(transactionId) + \"/\" + pathSegment(lineNumber)")
                .contains("addQuery(query, \"sale_date\", saleDate);")
                .contains("public static final String DEFAULT_BASE_URI = "
                        + "\"https://api.sales.acme-cpg.example.com/pos-transactions/v1\";")
                .contains(".enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)")
                .contains(".enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)")
                .doesNotContain("import ");
    }

    @Test
    void outputIsByteStableAndLeavesNoGlobalSettingsOrConsoleOutput() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<GeneratedFile> first;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            first = generator.generate(POS, GeneratorOptions.DEFAULT);
        } finally {
            System.setOut(out);
        }
        List<GeneratedFile> second = new JavaClientGenerator().generate(POS, GeneratorOptions.DEFAULT);

        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(f -> assertThat(f.content()).doesNotContain("\r").endsWith("}\n"));
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(GlobalSettings.getProperty("models")).isNull();
        assertThat(GlobalSettings.getProperty("supportingFiles")).isNull();
    }

    @Test
    void optionsNameThePackagesAndTheClient() {
        GeneratorOptions options = GeneratorOptions.of(Map.of(
                JavaClientOptions.BASE_PACKAGE, "com.acme.sales.client",
                JavaClientOptions.CLIENT_NAME, "PosClient",
                JavaClientOptions.MODEL_NAME_SUFFIX, "Dto",
                JavaClientOptions.AWS_SIGNER, "false",
                JavaClientOptions.GENERATED_ANNOTATION, "false"));

        List<GeneratedFile> files = generator.generate(POS, options);

        String base = "java/com/acme/sales/client/pos_transactions/";
        assertThat(files).extracting(GeneratedFile::path).containsExactly(
                base + "ApiException.java", base + "Pages.java", base + "PosClient.java", base + "RequestSigner.java",
                base + "RetryPolicy.java", base + "model/ErrorDto.java", base + "model/PosTransactionsDto.java",
                base + "model/PosTransactionsPageDto.java");
        assertThat(files).allSatisfy(f -> assertThat(f.content()).doesNotContain("@jakarta.annotation.Generated"));
        assertThat(content(files, "PosClient.java")).startsWith("package com.acme.sales.client.pos_transactions;\n");
    }

    @Test
    void fixedPackagesReplaceThePerProductOnes() {
        GeneratorOptions options = GeneratorOptions.of(Map.of(JavaClientOptions.PACKAGE, "com.acme.pos",
                JavaClientOptions.MODEL_PACKAGE, "com.acme.pos.rows"));

        assertThat(generator.generate(POS, options)).extracting(GeneratedFile::path)
                .contains("java/com/acme/pos/PosTransactionsClient.java", "java/com/acme/pos/rows/PosTransactions.java");
    }

    @Test
    void badOptionsAreRejectedWithTheOptionName() {
        assertThatThrownBy(() -> generator.generate(POS, GeneratorOptions.of(Map.of(
                JavaClientOptions.BASE_PACKAGE, "com.acme.class"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option javaClient.basePackage must be a Java package name such as com.acme.sales.client"
                        + " (no reserved words), not 'com.acme.class'");
        assertThatThrownBy(() -> generator.generate(POS, GeneratorOptions.of(Map.of(
                JavaClientOptions.CLIENT_NAME, "Pages"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option javaClient.clientName must be a Java class name other than ApiException,"
                        + " AwsSigV4Signer, Pages, RequestSigner, RetryPolicy, not 'Pages'");
        assertThatThrownBy(() -> generator.generate(POS, GeneratorOptions.of(Map.of(
                JavaClientOptions.MODEL_NAME_PREFIX, "a-b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option javaClient.modelNamePrefix must be ASCII letters, digits or '_', not 'a-b'");
    }

    @Test
    void packageSegmentsAreJavaNames() {
        assertThat(JavaText.packageSegment("pos-transactions")).isEqualTo("pos_transactions");
        assertThat(JavaText.packageSegment("2025-sales")).isEqualTo("p2025_sales");
        assertThat(JavaText.packageSegment("class")).isEqualTo("class_");
        assertThat(JavaText.pascal("pos-transactions")).isEqualTo("PosTransactions");
        assertThat(JavaText.pascal("42")).isEqualTo("Api42");
        assertThat(JavaText.doc("a */ b <i> {@code x} \\u0041")).isEqualTo("a *&#47; b &lt;i&gt; {&#64;code x} &#92;u0041");
        assertThat(JavaText.literal("say \"hi\"\\\n✓")).isEqualTo("say \\\"hi\\\"\\\\\\n\\u2713");
    }

    static String content(List<GeneratedFile> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith("/" + suffix)).map(GeneratedFile::content).findFirst()
                .orElseThrow(() -> new AssertionError("no file ending in " + suffix));
    }
}
