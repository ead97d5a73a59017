package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratorOptions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlueSettingsTest {

    private static final GeneratorOptions NONE = GeneratorOptions.of(Map.of());

    @Test
    void placeholdersAreReplacedByTheTableName() {
        GlueSettings settings = settings("{type: glue, account: '1', database: d, location: 's3://b/curated/{model}/v1'}");
        assertThat(settings.tableLocation("orders")).contains("s3://b/curated/orders/v1/");
        assertThat(settings.databaseLocation()).contains("s3://b/curated/");
        assertThat(settings("{type: s3, location: 's3://b/x/{table}/*.parquet'}").tableLocation("t"))
                .contains("s3://b/x/t/");
    }

    @Test
    void withoutPlaceholderTheTableIsAFolderOfTheLocation() {
        GlueSettings settings = settings("{type: glue, account: '1', database: d, location: 's3://b/sales'}");
        assertThat(settings.tableLocation("orders")).contains("s3://b/sales/orders/");
        assertThat(settings.databaseLocation()).contains("s3://b/sales/");
        assertThat(settings("{type: s3, location: 's3://b/sales/*.json'}").tableLocation("orders"))
                .contains("s3://b/sales/orders/");
        assertThat(settings("{type: s3, location: 's3://b/sales/'}").tableLocation("orders"))
                .contains("s3://b/sales/orders/");
    }

    @Test
    void withoutLocationThereIsNone() {
        GlueSettings settings = settings("{type: glue, account: '1', database: d}");
        assertThat(settings.tableLocation("orders")).isEmpty();
        assertThat(settings.databaseLocation()).isEmpty();
    }

    @Test
    void theGlueServerMayTakeItsLocationFromTheS3Server() {
        GlueSettings settings = settings("{type: glue, account: '1', database: d}",
                "{type: s3, location: 's3://raw/{model}', format: json}");
        assertThat(settings.tableLocation("t")).contains("s3://raw/t/");
        assertThat(settings.format()).isEqualTo(GlueFormat.JSON);
    }

    @Test
    void formatComesFromTheOptionThenTheServerThenParquet() {
        assertThat(settings("{type: glue, account: '1', database: d}").format()).isEqualTo(GlueFormat.PARQUET);
        assertThat(settings("{type: glue, account: '1', database: d, format: ICEBERG}").format())
                .isEqualTo(GlueFormat.ICEBERG);
        assertThat(settings("{type: glue, account: '1', database: d, format: csv}", "{type: s3, location: 's3://b', format: json}")
                .format()).isEqualTo(GlueFormat.CSV);
        Contract contract = contract("{type: glue, account: '1', database: d, format: csv}");
        assertThat(GlueSettings.of(contract, NONE.with("glue.format", "Iceberg")).format())
                .isEqualTo(GlueFormat.ICEBERG);
    }

    @Test
    void unknownFormatsSayWhatToWrite() {
        assertThatThrownBy(() -> settings("{type: glue, account: '1', database: d, format: delta}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("server format 'delta' has no Glue table format; set 'format:' of the server to one of "
                        + "parquet, json, csv, iceberg, or the option glue.format.");
        Contract contract = contract("{type: glue, account: '1', database: d}");
        assertThatThrownBy(() -> GlueSettings.of(contract, NONE.with("glue.format", "orc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option glue.format is 'orc'; use one of parquet, json, csv, iceberg.");
    }

    @Test
    void theServerOptionPicksAServerByName() {
        Contract contract = contract("{server: dev, type: glue, account: '1', database: sales_dev, location: 's3://dev'}",
                "{server: prod, type: glue, account: '2', database: sales, location: 's3://prod'}");
        assertThat(GlueSettings.of(contract, NONE).database()).isEqualTo("sales_dev");
        GlueSettings prod = GlueSettings.of(contract, NONE.with("glue.server", "prod"));
        assertThat(prod.database()).isEqualTo("sales");
        assertThat(prod.tableLocation("t")).contains("s3://prod/t/");
        assertThatThrownBy(() -> GlueSettings.of(contract, NONE.with("glue.server", "test")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option glue.server names server 'test', but the contract's servers are: dev, prod.");
    }

    @Test
    void databaseIsTheServersLowerCasedElseTheDomainElseTheContractKey() {
        assertThat(settings("{type: glue, account: '1', database: Sales_EU}").database()).isEqualTo("sales_eu");
        assertThat(GlueSettings.of(contract("domain: Sales & Marketing", "dataProduct: Point of Sale"), NONE).database())
                .isEqualTo("sales_marketing");
        assertThat(GlueSettings.of(contract("dataProduct: Point of Sale"), NONE).database()).isEqualTo("point_of_sale");
    }

    @Test
    void databaseDescriptionIsTheServers() {
        assertThat(settings("{type: glue, account: '1', database: d, description: Sales curated zone}")
                .databaseDescription()).isEqualTo(Optional.of("Sales curated zone"));
    }

    @Test
    void csvHeaderIsOnUnlessTurnedOff() {
        Contract contract = contract("{type: glue, account: '1', database: d}");
        assertThat(GlueSettings.of(contract, NONE).csvHeader()).isTrue();
        assertThat(GlueSettings.of(contract, NONE.with("glue.csvHeader", "false")).csvHeader()).isFalse();
    }

    private static GlueSettings settings(String... servers) {
        return GlueSettings.of(contract(servers), NONE);
    }

    /** A contract with these servers (flow mappings) or these top-level lines (other strings). */
    private static Contract contract(String... entries) {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: v3.1.0
                kind: DataContract
                id: settings-test
                version: 1.0.0
                status: active
                """);
        StringBuilder servers = new StringBuilder();
        int n = 0;
        for (String entry : entries) {
            if (entry.startsWith("{")) {
                String server = entry.contains("server:") ? entry : "{server: s" + n++ + ", " + entry.substring(1);
                servers.append("  - ").append(server).append('\n');
            } else {
                yaml.append(entry).append('\n');
            }
        }
        if (!servers.isEmpty()) {
            yaml.append("servers:\n").append(servers);
        }
        yaml.append("schema:\n  - name: t\n    properties:\n      - {name: c, logicalType: string}\n");
        return TestContracts.loadValid(yaml.toString());
    }
}
