package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterSettingsTest {

    private static final Path DIRECTORY = Path.of("/tmp/mesh-catalog");

    @Test
    void defaultsAreTheLocalCatalogWithoutDryRunOrDeletes() throws Exception {
        RegisterSettings settings = RegisterSettings.builder(DIRECTORY).catalog(" ").build();

        assertThat(settings.catalog()).isEqualTo(RegisterSettings.CatalogType.LOCAL);
        assertThat(settings.catalogDirectory()).isEqualTo(DIRECTORY);
        assertThat(settings.options().dryRun()).isFalse();
        assertThat(settings.options().allowDeletes()).isFalse();
        assertThat(settings.ignoredGlueSettings()).isEmpty();
        assertThat(settings.glue()).isEqualTo(new RegisterSettings.GlueSettings(null, null, null, null, null,
                "mesh-register", null, null, 5, "mesh-subscriptions"));
        assertThat(settings.openClassifications()).containsExactly("internal", "public");
        assertThat(settings.lakeFormationRoleArn()).isEmpty();
    }

    @Test
    void glueSettingsAreTrimmedAndPassedOn() throws Exception {
        RegisterSettings settings = RegisterSettings.builder(DIRECTORY)
                .catalog("GLUE")
                .catalogId(" 123456789012 ")
                .roleArn("arn:aws:iam::123456789012:role/mesh-registrar")
                .externalId("s3cr3t")
                .sessionName("ci-build-42")
                .region("eu-west-1")
                .endpoint("http://127.0.0.1:5000")
                .maxAttempts(3)
                .subscriptionsTable("mesh-requests")
                .lakeFormationRoleArn("arn:aws:iam::123456789012:role/lf-data-access")
                .openClassifications(List.of("public", " internal,confidential ", ""))
                .dryRun(true)
                .allowDeletes(true)
                .generators(List.of("glue, glue-etl"))
                .generatorOptions(Map.of("glueEtl.scriptLocation", "s3://assets/scripts/"))
                .scriptsDirectory(Path.of("/work/sales/target/generated-resources/mesh/glue-etl"))
                .build();

        assertThat(settings.catalog()).isEqualTo(RegisterSettings.CatalogType.GLUE);
        assertThat(settings.glue()).isEqualTo(new RegisterSettings.GlueSettings("eu-west-1",
                URI.create("http://127.0.0.1:5000"), "123456789012", "arn:aws:iam::123456789012:role/mesh-registrar",
                "s3cr3t", "ci-build-42", "s3://assets/scripts/",
                Path.of("/work/sales/target/generated-resources/mesh/glue-etl"), 3, "mesh-requests"));
        assertThat(settings.openClassifications()).containsExactly("confidential", "internal", "public");
        assertThat(settings.lakeFormationRoleArn()).contains("arn:aws:iam::123456789012:role/lf-data-access");
        assertThat(settings.glue().toString()).doesNotContain("s3cr3t").contains("externalId=***");
        assertThat(settings.options().dryRun()).isTrue();
        assertThat(settings.options().allowDeletes()).isTrue();
        assertThat(settings.generators()).containsExactly("glue", "glue-etl");
        assertThat(settings.ignoredGlueSettings()).isEmpty();
    }

    @Test
    void scriptsLocationOnlyWhenJobsAreGenerated() throws Exception {
        RegisterSettings settings = RegisterSettings.builder(DIRECTORY).catalog("glue")
                .generatorOptions(Map.of("glueEtl.scriptLocation", "s3://assets/scripts/")).build();

        assertThat(settings.glue().scriptsLocation()).isNull();
    }

    @Test
    void glueSettingsGivenToTheLocalCatalogAreListed() throws Exception {
        RegisterSettings settings = RegisterSettings.builder(DIRECTORY).roleArn(
                "arn:aws:iam::123456789012:role/r").region("eu-west-1").build();

        assertThat(settings.ignoredGlueSettings()).containsExactly("mesh.roleArn", "mesh.region");
    }

    @Test
    void accessSettingsAreChecked() {
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).lakeFormationRoleArn("lf-role").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.lakeFormationRoleArn 'lf-role' is not an IAM role ARN such as "
                        + "arn:aws:iam::123456789012:role/lake-formation-data-access; leave it out to register table "
                        + "locations with Lake Formation's service-linked role.");
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).catalog("glue").subscriptionsTable("a b").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.subscriptionsTable 'a b' is not a DynamoDB table name: use 3 to 255 letters, "
                        + "digits, '_', '-' or '.'.");
    }

    @Test
    void unknownCatalog() {
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).catalog("hive").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Unknown catalog 'hive' (mesh.catalog or <catalog>): use local (the embedded catalog "
                        + "directory) or glue (the AWS Glue Data Catalog).")
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).setting()).isEqualTo("mesh.catalog"));
    }

    @Test
    void malformedAwsValuesNameTheirProperty() {
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).catalog("glue").catalogId("1234").build())
                .hasMessage("mesh.catalogId '1234' is not an AWS account id (12 digits): set it to the governance "
                        + "account's id, or leave it out to register in the caller's account.");
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).roleArn("mesh-registrar").build())
                .hasMessage("mesh.roleArn 'mesh-registrar' is not an IAM role ARN such as "
                        + "arn:aws:iam::123456789012:role/mesh-registrar.");
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).sessionName("a b").build())
                .hasMessage("mesh.sessionName 'a b' is not an STS session name: use 2 to 64 letters, digits and "
                        + "+=,.@_- characters.");
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).region("Ireland").build())
                .hasMessage("mesh.region 'Ireland' is not an AWS region such as eu-west-1; leave it out to take the "
                        + "region from AWS_REGION or the profile.");
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).endpoint("localhost:5000").build())
                .hasMessage("mesh.endpoint 'localhost:5000' is not an http(s) URL such as "
                        + "https://glue.eu-west-1.amazonaws.com; leave it out to take the endpoint from "
                        + "AWS_ENDPOINT_URL or the SDK's defaults.");
        assertThatThrownBy(() -> RegisterSettings.builder(DIRECTORY).maxAttempts(0).build())
                .hasMessage("mesh.maxAttempts is 0: set <maxAttempts> or -Dmesh.maxAttempts to 1 or more (attempts "
                        + "per AWS call, the first included).");
    }
}
