package dev.datamesh.catalog.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.catalog.model.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static final Map<String, String> ALIASES = Map.of("StorageDescriptor.Columns", "Columns");

    private static List<String> diff(String before, String after) {
        return JsonDiff.diff(Json.parse(before), Json.parse(after), ALIASES);
    }

    @Test
    void sameValuesInAnotherKeyOrderOrNumberNotationHaveNoDifference() {
        assertThat(diff("{\"a\": 1.50, \"b\": {\"x\": \"y\"}}", "{\"b\": {\"x\": \"y\"}, \"a\": 1.5}")).isEmpty();
    }

    @Test
    void columnsAreComparedByName() {
        String before = """
                {"StorageDescriptor": {"Columns": [
                  {"Name": "id", "Type": "string"},
                  {"Name": "amount", "Type": "double", "Comment": "EUR"},
                  {"Name": "old", "Type": "int"}]}}
                """;
        String after = """
                {"StorageDescriptor": {"Columns": [
                  {"Name": "amount", "Type": "decimal(12,2)", "Comment": "Amount in EUR, VAT included."},
                  {"Name": "id", "Type": "string"},
                  {"Name": "tier", "Type": "string"}]}}
                """;

        assertThat(diff(before, after)).containsExactly(
                "Columns: + tier string",
                "Columns: - old int",
                "Columns[amount].Type: double -> decimal(12,2)",
                "Columns[amount].Comment: EUR -> \"Amount in EUR, VAT included.\"",
                "Columns: order id, amount -> amount, id");
    }

    @Test
    void mapsShowEachChangedKeyByItsPath() {
        assertThat(diff("""
                {"Parameters": {"contract.version": "1.0.0", "gone": "x"}, "Description": "Old text."}
                """, """
                {"Parameters": {"contract.version": "1.1.0", "new": "y"}, "Description": "New text."}
                """)).containsExactly(
                "Parameters.contract.version: 1.0.0 -> 1.1.0",
                "Parameters.new: + y",
                "Parameters.gone: - x",
                "Description: \"Old text.\" -> \"New text.\"");
    }

    @Test
    void avroFieldsAreComparedByName() {
        assertThat(diff("""
                {"type": "record", "fields": [{"name": "a", "type": "long"}]}
                """, """
                {"type": "record", "fields": [{"name": "a", "type": "long"}, {"name": "b", "type": ["null", "string"]}]}
                """)).containsExactly("fields: + b [\"null\",\"string\"]");
    }

    @Test
    void longValuesAreShortened() {
        String longText = "x".repeat(200);
        assertThat(diff("{\"Description\": \"short\"}", "{\"Description\": \"" + longText + "\"}"))
                .containsExactly("Description: short -> \"" + "x".repeat(115) + "...\"");
    }

    @Test
    void listsWithoutNamesAreComparedWhole() {
        assertThat(diff("{\"Connections\": [\"a\"]}", "{\"Connections\": [\"a\", \"b\"]}"))
                .containsExactly("Connections: [\"a\"] -> [\"a\",\"b\"]");
    }
}
