package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.model.GlueObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableInput;

class SdkShapesTest {

    @Test
    void aGeneratedTableInputGoesIntoTheSdkModelAndComesBackUnchanged() {
        GlueObject json = GlueObject.parse(Fixtures.read(Fixtures.resource(
                "catalog/generated/v1/glue/pos-transactions/pos_transactions.table.json")));

        TableInput input = SdkShapes.read(json, TableInput.builder(), "TableInput");

        assertThat(input.storageDescriptor().serdeInfo().serializationLibrary())
                .isEqualTo("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe");
        assertThat(input.partitionKeys()).extracting(c -> c.name()).containsExactly("sale_date");
        assertThat(SdkShapes.write(input)).isEqualTo(json);
        assertThat(SdkShapes.write(input).toString()).startsWith("{\"Description\":\"One row per receipt line.\","
                + "\"Name\":\"pos_transactions\",\"Owner\":\"sales-data\",\"Parameters\":{\"EXTERNAL\":\"TRUE\","
                + "\"classification\":\"parquet\"},\"PartitionKeys\":");
    }

    @Test
    void aCreateJobRequestKeepsItsNumbersMapsAndTags() {
        GlueObject json = GlueObject.parse(Fixtures.read(Fixtures.resource(
                "catalog/generated/v1/glue-etl/pos-transactions/pos_transactions.job.json")));

        CreateJobRequest request = SdkShapes.read(json, CreateJobRequest.builder(), "CreateJob");

        assertThat(request.numberOfWorkers()).isEqualTo(2);
        assertThat(request.tags()).containsEntry("domain", "sales");
        assertThat(SdkShapes.write(request)).isEqualTo(json);
    }

    @Test
    void timesAreIsoStringsAndReadFromEitherForm() {
        Table table = Table.builder().name("t").createTime(Instant.parse("2026-11-25T10:00:00.250Z")).build();

        GlueObject json = SdkShapes.write(table);

        assertThat(json.text("CreateTime")).contains("2026-11-25T10:00:00.250Z");
        assertThat(SdkShapes.read(json, Table.builder(), "Table")).isEqualTo(table);
        assertThat(SdkShapes.read(GlueObject.parse("{\"CreateTime\": 1795600800.25}"), Table.builder(), "Table")
                .createTime()).isEqualTo(Instant.parse("2026-11-25T10:00:00.250Z"));
    }

    @Test
    void aKeyThatIsNoFieldIsAnErrorNamingItsPathAndTheFields() {
        GlueObject json = GlueObject.parse("{\"Name\": \"t\", \"StorageDescriptor\": {\"Colums\": []}}");

        assertThatThrownBy(() -> SdkShapes.read(json, TableInput.builder(), "TableInput"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'Colums' is not a field of TableInput.StorageDescriptor (its fields are "
                        + "AdditionalLocations, BucketColumns, Columns, Compressed, ");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorNamingItsPath() {
        GlueObject json = GlueObject.parse("{\"Name\": \"t\", \"PartitionKeys\": [{\"Name\": 7}]}");

        assertThatThrownBy(() -> SdkShapes.read(json, TableInput.builder(), "TableInput"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TableInput.PartitionKeys[0].Name must be a string, not 7");
    }
}
