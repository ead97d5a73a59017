package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.CatalogException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;

class GlueCatalogSettingsTest {

    @Test
    void theDefaultsLeaveEverythingToTheSdkChains() {
        GlueCatalogSettings settings = GlueCatalogSettings.DEFAULT;

        assertThat(settings.region()).isEmpty();
        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.catalogId()).isEmpty();
        assertThat(settings.roleArn()).isEmpty();
        assertThat(settings.sessionName()).isEqualTo("mesh-register");
        assertThat(settings.retryMode()).isEqualTo(RetryMode.STANDARD);
        assertThat(settings.maxAttempts()).isEqualTo(8);
        assertThat(settings.conflictRetries()).isEqualTo(3);
    }

    @Test
    void blankValuesCountAsUnsetSoThatUnsetMavenPropertiesPassThrough() {
        GlueCatalogSettings settings = GlueCatalogSettings.builder().region(" ").endpoint("").catalogId("")
                .roleArn(null).externalId("").sessionName("").scripts("", null).build();

        assertThat(settings).isEqualTo(GlueCatalogSettings.DEFAULT);
    }

    @Test
    void everySettingIsKept() {
        GlueCatalogSettings settings = GlueCatalogSettings.builder().region("eu-central-1")
                .endpoint("https://glue.example.internal").catalogId("210987654321")
                .roleArn("arn:aws:iam::210987654321:role/mesh-register").externalId("ext-1234")
                .sessionName("build-7").scripts("s3://mesh-assets/scripts", Path.of("target/glue-etl"))
                .retryMode(RetryMode.ADAPTIVE_V2).maxAttempts(3).conflictRetries(1)
                .subscriptionsTable("governance.mesh-requests").build();

        assertThat(settings.toBuilder().build()).isEqualTo(settings);
        assertThat(settings.endpoint()).contains(URI.create("https://glue.example.internal"));
        assertThat(settings.scriptsLocation()).contains("s3://mesh-assets/scripts/");
        assertThat(settings.toString()).isEqualTo("GlueCatalogSettings[region=eu-central-1, "
                + "endpoint=https://glue.example.internal, catalogId=210987654321, "
                + "roleArn=arn:aws:iam::210987654321:role/mesh-register, externalId=***, sessionName=build-7, "
                + "scriptsLocation=s3://mesh-assets/scripts/, scriptsDirectory=target/glue-etl, retryMode=ADAPTIVE_V2, "
                + "maxAttempts=3, conflictRetries=1, subscriptionsTable=governance.mesh-requests]");
    }

    @Test
    void aMalformedCatalogIdNamesThePropertyAndTheFix() {
        assertThatThrownBy(() -> GlueCatalogSettings.builder().catalogId("12345").build())
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Invalid Glue catalog setting mesh.catalogId: '12345'.");
                    assertThat(e.hint()).isEqualTo("set mesh.catalogId to the 12-digit id of the governance "
                            + "account, e.g. 123456789012.");
                    assertThat(e.resource()).contains("mesh.catalogId");
                    assertThat(e.resumable()).isFalse();
                });
    }

    @Test
    void aMalformedRoleArnNamesThePropertyAndTheFix() {
        assertThatThrownBy(() -> GlueCatalogSettings.builder().roleArn("mesh-register").build())
                .isInstanceOf(CatalogException.class)
                .hasMessage("Invalid Glue catalog setting mesh.roleArn: 'mesh-register'.")
                .extracting(e -> ((CatalogException) e).hint()).isEqualTo("set mesh.roleArn to a role ARN such as "
                        + "arn:aws:iam::123456789012:role/mesh-register.");
    }

    @Test
    void theExternalIdIsNeverRepeatedInAnError() {
        assertThatThrownBy(() -> GlueCatalogSettings.builder().roleArn("arn:aws:iam::210987654321:role/r")
                .externalId("secret with spaces").build())
                .isInstanceOf(CatalogException.class)
                .hasMessage("Invalid Glue catalog setting externalId: (not shown).");
        assertThatThrownBy(() -> GlueCatalogSettings.builder().externalId("ext-1234").build())
                .isInstanceOf(CatalogException.class)
                .hasMessage("Invalid Glue catalog setting externalId: (not shown).")
                .extracting(e -> ((CatalogException) e).hint()).isEqualTo("set externalId to set together with "
                        + "mesh.roleArn, the role whose trust policy asks for it.");
    }

    @Test
    void scriptsNeedBothTheS3PrefixAndTheLocalDirectory() {
        assertThatThrownBy(() -> new GlueCatalogSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "mesh-register", Optional.of("s3://bucket/scripts/"),
                Optional.empty(), RetryMode.STANDARD, 3, 3, "mesh-subscriptions"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("Invalid Glue catalog setting scriptsDirectory: (missing).");
        assertThatThrownBy(() -> GlueCatalogSettings.builder().scripts("bucket/scripts", Path.of("x")).build())
                .isInstanceOf(CatalogException.class)
                .hasMessage("Invalid Glue catalog setting scriptsLocation: 'bucket/scripts'.");
    }

    @Test
    void attemptsAndEndpointsAreChecked() {
        assertThatThrownBy(() -> GlueCatalogSettings.builder().maxAttempts(0).build())
                .hasMessage("Invalid Glue catalog setting maxAttempts: 0.");
        assertThatThrownBy(() -> GlueCatalogSettings.builder().endpoint("localhost:4566").build())
                .hasMessage("Invalid Glue catalog setting endpoint: 'localhost:4566'.");
        assertThatThrownBy(() -> GlueCatalogSettings.builder().region("Europe").build())
                .hasMessage("Invalid Glue catalog setting region: 'Europe'.");
        assertThatThrownBy(() -> GlueCatalogSettings.builder().subscriptionsTable("mesh subscriptions").build())
                .hasMessage("Invalid Glue catalog setting mesh.subscriptionsTable: 'mesh subscriptions'.");
        assertThat(GlueCatalogSettings.builder().subscriptionsTable(" ").build().subscriptionsTable())
                .isEqualTo("mesh-subscriptions");
    }
}
