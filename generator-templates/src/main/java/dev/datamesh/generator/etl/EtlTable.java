package dev.datamesh.generator.etl;

import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import dev.datamesh.contract.types.TypeResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A schema object as the ETL job sees it: its Glue table name and its columns in table order (data columns, then
 * partition keys in key order, as Glue stores them), every name checked to be a Glue name.
 */
record EtlTable(String name, SchemaObject schemaObject, List<ResolvedField> columns, List<String> partitionKeys) {

    private static final Pattern GLUE_NAME = Pattern.compile("[a-z0-9_]{1,255}");

    EtlTable {
        columns = List.copyOf(columns);
        partitionKeys = List.copyOf(partitionKeys);
    }

    /**
     * Resolves a schema object.
     *
     * @throws IllegalArgumentException when a table or column name is no Glue name, or a column name is taken twice
     */
    static EtlTable of(SchemaObject table) {
        String name = glueName(table.tableName(), "Schema object '" + table.name() + "' has the table name",
                "set 'physicalName' of schema object '" + table.name() + "'");
        List<ResolvedField> columns = new ArrayList<>();
        for (SchemaProperty property : table.dataColumns()) {
            columns.add(TypeResolver.resolve(property));
        }
        List<String> partitionKeys = new ArrayList<>();
        for (SchemaProperty property : table.partitionKeys()) {
            ResolvedField field = TypeResolver.resolve(property);
            columns.add(field);
            partitionKeys.add(field.glueName());
        }
        Set<String> seen = new HashSet<>();
        for (ResolvedField column : columns) {
            checkNames(column);
            if (!seen.add(column.glueName())) {
                throw new IllegalArgumentException("Table '" + name + "' has two columns named '"
                        + column.glueName() + "' (Glue ignores case); rename one of them.");
            }
        }
        return new EtlTable(name, table, columns, partitionKeys);
    }

    /** The column of a property, if it is a top-level column of this table. */
    Optional<ResolvedField> column(SchemaProperty property) {
        return columns.stream().filter(c -> c.property() == property).findFirst();
    }

    private static void checkNames(ResolvedField field) {
        glueName(field.name(), "Property '" + field.property().path() + "' has the column name",
                "set 'physicalName' of property '" + field.property().path() + "'");
        DataType type = field.type();
        if (type instanceof DataType.Array array) {
            checkNested(array.element());
        } else if (type instanceof DataType.Struct struct) {
            struct.fields().forEach(EtlTable::checkNames);
        }
    }

    private static void checkNested(ResolvedField element) {
        if (element.type() instanceof DataType.Struct struct) {
            struct.fields().forEach(EtlTable::checkNames);
        } else if (element.type() instanceof DataType.Array array) {
            checkNested(array.element());
        }
    }

    private static String glueName(String name, String what, String fix) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!GLUE_NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "', which is no Glue name: Glue"
                    + " names are lower-case letters, digits and '_', at most 255 characters; " + fix
                    + " to such a name.");
        }
        return lower;
    }
}
