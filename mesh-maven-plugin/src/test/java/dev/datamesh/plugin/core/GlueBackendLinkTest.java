package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogSession;
import java.net.URI;
import org.junit.jupiter.api.Test;

class GlueBackendLinkTest {

    private static final RegisterSettings.GlueSettings SETTINGS = new RegisterSettings.GlueSettings("eu-west-1",
            URI.create("http://127.0.0.1:5000"), "123456789012", "arn:aws:iam::123456789012:role/r", "x",
            "mesh-register", "s3://assets/scripts/", 4);

    /** Stands in for {@code GlueCatalogSettings}: the agreed canonical constructor. */
    public record FakeSettings(String region, URI endpoint, String catalogId, String roleArn, String externalId,
            String sessionName, String scriptsLocation, int maxAttempts) {}

    /** Stands in for {@code GlueCatalogBackend}: the agreed factory. */
    public static final class FakeBackend implements CatalogBackend {

        final FakeSettings settings;

        private FakeBackend(FakeSettings settings) {
            this.settings = settings;
        }

        public static FakeBackend create(FakeSettings settings) {
            if (settings.region().equals("fail")) {
                throw new CatalogException("No credentials.", null, "set AWS_PROFILE.", false);
            }
            return new FakeBackend(settings);
        }

        @Override
        public String describe() {
            return "fake";
        }

        @Override
        public CatalogSession open(AccessMode mode) {
            throw new UnsupportedOperationException();
        }
    }

    private static GlueBackendLink fake() {
        return new GlueBackendLink(FakeBackend.class.getName(), FakeSettings.class.getName());
    }

    @Test
    void passesEverySettingInTheAgreedOrder() throws Exception {
        CatalogBackend backend = fake().create(SETTINGS);

        assertThat(((FakeBackend) backend).settings).isEqualTo(new FakeSettings("eu-west-1",
                URI.create("http://127.0.0.1:5000"), "123456789012", "arn:aws:iam::123456789012:role/r", "x",
                "mesh-register", "s3://assets/scripts/", 4));
    }

    @Test
    void theBackendsOwnFailuresPassThrough() {
        RegisterSettings.GlueSettings failing = new RegisterSettings.GlueSettings("fail", null, null, null, null,
                "mesh-register", null, 1);

        assertThatThrownBy(() -> fake().create(failing)).isExactlyInstanceOf(CatalogException.class)
                .hasMessage("No credentials.");
    }

    @Test
    void aBuildWithoutTheGlueBackendSaysSo() {
        GlueBackendLink missing = new GlueBackendLink("dev.datamesh.catalog.glue.Missing", FakeSettings.class.getName());

        assertThatThrownBy(() -> missing.create(SETTINGS)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("This build of mesh-maven-plugin has no Glue catalog backend "
                        + "(dev.datamesh.catalog.glue.Missing is missing): register in the local catalog "
                        + "(-Dmesh.catalog=local) or use a plugin version that has it.");
    }

    @Test
    void aMismatchedSignatureIsAnUnexpectedFailure() {
        GlueBackendLink mismatched = new GlueBackendLink(FakeBackend.class.getName(), String.class.getName());

        assertThatThrownBy(() -> mismatched.create(SETTINGS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the plugin and mesh-catalog do not match");
    }
}
