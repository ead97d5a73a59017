package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.compat.Acceptance;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeKind;
import dev.datamesh.contract.compat.ChangeSource;
import dev.datamesh.contract.model.SourceLocation;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class AvroCompatibilityCheckTest {

    private static final Schema SCHEMA = new Schema.Parser().parse("""
            {"type": "record", "name": "Products", "fields": [
              {"name": "sku", "type": "string"},
              {"name": "_1st_size", "x-original-name": "1st_size", "type": "int"},
              {"name": "pack_sizes", "type": ["null", {"type": "array", "items": {"type": "record",
                "name": "ProductsPackSizesItem", "fields": [{"name": "units", "type": "int"}]}}], "default": null},
              {"name": "labels", "type": {"type": "map", "values": "string"}}]}
            """);

    @Test
    void locationsBecomeContractElements() {
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/fields/0/type", "products")).isEqualTo("products.sku");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/fields/1/type", "products"))
                .isEqualTo("products.1st_size");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/fields/2/type/1/items/fields/0/type", "products"))
                .isEqualTo("products.pack_sizes[].units");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/fields/2/type/items/fields/0", "products"))
                .isEqualTo("products.pack_sizes[].units");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/fields/3/type/values", "products"))
                .isEqualTo("products.labels{}");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/name", "products")).isEqualTo("products");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/fields/9/type", "products")).isEqualTo("products");
        assertThat(AvroCompatibilityCheck.element(SCHEMA, "/", "products")).isEqualTo("products");
    }

    @Test
    void anAcceptedContractChangeCoversDerivedChangesOfItsElementAndBelow() {
        Change column = change(ChangeSource.CONTRACT, "products", "products.pack_sizes");
        Change table = change(ChangeSource.CONTRACT, "products", "products");

        assertThat(DerivedChanges.covers(column, change(ChangeSource.AVRO, "products", "products.pack_sizes")))
                .isTrue();
        assertThat(DerivedChanges.covers(column, change(ChangeSource.OPENAPI, "products",
                "products.pack_sizes[].units"))).isTrue();
        assertThat(DerivedChanges.covers(column, change(ChangeSource.OPENAPI, "products", "products.pack_sizes_2")))
                .isFalse();
        assertThat(DerivedChanges.covers(column, change(ChangeSource.OPENAPI, "stores", "products.pack_sizes")))
                .isFalse();
        assertThat(DerivedChanges.covers(table, change(ChangeSource.OPENAPI, "products", "products.sku"))).isTrue();
    }

    private static Change change(ChangeSource source, String table, String element) {
        return new Change(source, "RULE", ChangeKind.BREAKING, false, table, element, SourceLocation.NONE,
                SourceLocation.NONE, "m", Acceptance.NONE);
    }
}
