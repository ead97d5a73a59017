package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.catalog.model.GlueObject;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final GlueObject BASE = GlueObject.parse("""
            {"Name": "t", "Description": "old", "Parameters": {"a": "1", "b": "2"},
             "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string"}, {"Name": "x", "Type": "int"}]}}
            """);

    @Test
    void whatOnlyTheOtherWriterChangedIsKeptAndOurChangesAreLaidOverIt() {
        GlueObject ours = GlueObject.parse("""
                {"Name": "t", "Description": "new", "Parameters": {"a": "1", "b": "3"},
                 "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string"}, {"Name": "x", "Type": "int"},
                   {"Name": "loyalty", "Type": "string"}]}}
                """);
        GlueObject theirs = GlueObject.parse("""
                {"Name": "t", "Description": "old", "Parameters": {"a": "9", "b": "2", "crawler": "yes"},
                 "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string", "Comment": "their comment"},
                   {"Name": "x", "Type": "int"}, {"Name": "their_col", "Type": "date"}]}}
                """);

        assertThat(ThreeWayMerge.merge(BASE, ours, theirs)).isEqualTo(GlueObject.parse("""
                {"Name": "t", "Description": "new", "Parameters": {"a": "9", "b": "3", "crawler": "yes"},
                 "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string", "Comment": "their comment"},
                   {"Name": "x", "Type": "int"}, {"Name": "loyalty", "Type": "string"},
                   {"Name": "their_col", "Type": "date"}]}}
                """));
    }

    @Test
    void whereBothChangedAValueTheContractsWin() {
        GlueObject ours = BASE.with("Description", "ours");
        GlueObject theirs = BASE.with("Description", "theirs");

        assertThat(ThreeWayMerge.merge(BASE, ours, theirs).text("Description")).contains("ours");
    }

    @Test
    void whatWeDroppedIsDroppedAndWhatTheyDroppedStaysDropped() {
        GlueObject ours = GlueObject.parse("""
                {"Name": "t", "Parameters": {"a": "1", "b": "2"},
                 "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string"}]}}
                """);
        GlueObject theirs = GlueObject.parse("""
                {"Name": "t", "Description": "old", "Parameters": {"a": "1"},
                 "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string"}, {"Name": "x", "Type": "int"}]}}
                """);

        assertThat(ThreeWayMerge.merge(BASE, ours, theirs)).isEqualTo(GlueObject.parse("""
                {"Name": "t", "Parameters": {"a": "1"},
                 "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "string"}]}}
                """));
    }

    @Test
    void withoutABaseOurValuesWinAndTheirExtraKeysStay() {
        GlueObject ours = GlueObject.parse("""
                {"Name": "t", "Description": "ours", "Parameters": {"a": "1"}}
                """);
        GlueObject theirs = GlueObject.parse("""
                {"Name": "t", "Description": "theirs", "Parameters": {"a": "2", "z": "0"}, "TableType": "VIEW"}
                """);

        assertThat(ThreeWayMerge.merge(GlueObject.empty(), ours, theirs)).isEqualTo(GlueObject.parse("""
                {"Name": "t", "Description": "ours", "Parameters": {"a": "1", "z": "0"}, "TableType": "VIEW"}
                """));
    }
}
