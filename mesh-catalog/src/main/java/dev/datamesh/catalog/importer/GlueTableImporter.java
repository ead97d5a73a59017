package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.generator.glue.GlueFormat;
import dev.datamesh.generator.glue.GlueTableGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.Database;
import software.amazon.awssdk.services.glue.model.StorageDescriptor;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Turns a Glue table, as {@code GetTables} returns it, into an ODCS schema object: columns then partition keys
 * (required, {@code partitioned}, {@code partitionKeyPosition} in Glue's order), types read by {@link GlueTypes},
 * comments as descriptions, the storage format from {@code table_type}, {@code classification}, the SerDe or the
 * input format, and the table parameters a reader may need under the custom property {@value #PARAMETERS}.
 * Pure: no calls to AWS.
 */
final class GlueTableImporter {

    /** Custom property of a schema object: the Glue table parameters that are kept, as an object. */
    static final String PARAMETERS = "glueParameters";

    /** Parameters Glue, Hive, crawlers or mesh itself maintain, or that the contract holds elsewhere. */
    private static final Set<String> DROPPED_PARAMETERS = Set.of("EXTERNAL", "transient_lastDdlTime", "numFiles",
            "numRows", "totalSize", "rawDataSize", "COLUMN_STATS_ACCURATE", "last_modified_by", "last_modified_time",
            "CrawlerSchemaDeserializerVersion", "CrawlerSchemaSerializerVersion", "UPDATED_BY_CRAWLER",
            "averageRecordSize", "objectCount", "recordCount", "sizeKey", "typeOfData", "table_type",
            "metadata_location", "previous_metadata_location", "classification",
            GlueTableGenerator.PARAM_DATA_PRODUCT, GlueTableGenerator.PARAM_DOMAIN);
    private static final List<String> DROPPED_PREFIXES = List.of("contract.", "spark.sql.");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GlueTableImporter() {}

    /** The table as a schema object; {@code account} is the catalog's account when known. */
    static ImportedTable of(Database database, Table table, Optional<String> account) {
        String source = "Glue table " + database.name() + "." + table.name();
        List<String> warnings = new ArrayList<>();
        ObjectNode object = NODES.objectNode();
        object.put("name", table.name());
        boolean view = "VIRTUAL_VIEW".equalsIgnoreCase(table.tableType());
        object.put("physicalType", view ? "view" : "table");
        text(table.description()).ifPresent(d -> object.put("description", d));
        if (view) {
            warnings.add(source + " is a view; its columns are imported, but mesh:generate writes an external table"
                    + " for it.");
        }
        StorageDescriptor storage = table.storageDescriptor();
        List<Column> columns = storage == null ? List.of() : storage.columns();
        ArrayNode properties = object.putArray("properties");
        for (Column column : columns) {
            properties.add(property(column, source, warnings));
        }
        int position = 0;
        for (Column column : table.partitionKeys()) {
            ObjectNode property = property(column, source, warnings);
            property.put("required", true);
            property.put("partitioned", true);
            property.put("partitionKeyPosition", ++position);
            properties.add(property);
        }
        Map<String, String> kept = new TreeMap<>();
        table.parameters().forEach((key, value) -> {
            if (!DROPPED_PARAMETERS.contains(key) && DROPPED_PREFIXES.stream().noneMatch(key::startsWith)) {
                kept.put(key, value);
            }
        });
        if (!kept.isEmpty()) {
            ObjectNode custom = object.putArray("customProperties").addObject();
            custom.put("property", PARAMETERS);
            ObjectNode values = custom.putObject("value");
            kept.forEach(values::put);
            custom.put("description", "Table parameters of the Glue table when it was imported.");
        }
        Optional<String> format = format(table);
        format.filter(f -> GlueFormat.parse(f).isEmpty()).ifPresent(f -> warnings.add(source + " is stored as " + f
                + "; mesh:generate writes Glue tables as " + GlueFormat.names() + " only, so set the server's"
                + " 'format' before generating."));
        Optional<String> location = storage == null ? Optional.empty() : text(storage.location());
        Optional<String> domain = text(database.parameters().get(GlueTableGenerator.PARAM_DOMAIN))
                .or(() -> text(table.parameters().get(GlueTableGenerator.PARAM_DOMAIN)));
        ImportedTable.GlueOrigin origin = new ImportedTable.GlueOrigin(
                account.or(() -> text(table.catalogId())).or(() -> text(database.catalogId())), database.name(),
                text(database.description()), location, format);
        return new ImportedTable(table.name(), source, object, domain.or(() -> Optional.of(database.name())),
                text(table.owner()), Optional.of(origin), warnings);
    }

    private static ObjectNode property(Column column, String source, List<String> warnings) {
        ObjectNode property = NODES.objectNode();
        property.put("name", column.name());
        text(column.comment()).ifPresent(c -> property.put("description", c));
        GlueTypes.describe(column.type() == null ? "" : column.type(), property,
                source + " column '" + column.name() + "'", warnings);
        return property;
    }

    /** The storage format, from the most to the least explicit sign. */
    static Optional<String> format(Table table) {
        Map<String, String> parameters = table.parameters();
        if ("ICEBERG".equalsIgnoreCase(parameters.getOrDefault("table_type", ""))
                || parameters.containsKey("metadata_location")) {
            return Optional.of("iceberg");
        }
        Optional<String> classification = text(parameters.get("classification")).map(c -> c.toLowerCase(Locale.ROOT));
        if (classification.isPresent()) {
            return classification;
        }
        StorageDescriptor storage = table.storageDescriptor();
        if (storage == null) {
            return Optional.empty();
        }
        String serde = storage.serdeInfo() == null ? "" : text(storage.serdeInfo().serializationLibrary()).orElse("");
        String input = text(storage.inputFormat()).orElse("");
        String signs = (serde + " " + input).toLowerCase(Locale.ROOT);
        if (signs.contains("parquet")) {
            return Optional.of("parquet");
        } else if (signs.contains("orcserde") || signs.contains("orcinputformat")) {
            return Optional.of("orc");
        } else if (signs.contains("avro")) {
            return Optional.of("avro");
        } else if (signs.contains("json")) {
            return Optional.of("json");
        } else if (signs.contains("csv") || signs.contains("lazysimpleserde")) {
            return Optional.of("csv");
        }
        return Optional.empty();
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
