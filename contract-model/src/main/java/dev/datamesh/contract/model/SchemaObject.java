package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.MapNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A schema object of the contract: a table (or view, topic, file) with its properties. */
public record SchemaObject(String name, Optional<String> physicalName, Optional<String> physicalType,
        Optional<String> logicalType, Optional<String> description, Optional<String> businessName,
        Optional<String> dataGranularityDescription, List<SchemaProperty> properties, List<QualityRule> quality,
        List<Relationship> relationships, List<String> tags, List<CustomProperty> customProperties, MapNode node)
        implements FromSourceLocation {

    /** The physical table name: {@code physicalName} when given, else {@code name}. */
    public String tableName() {
        return physicalName.orElse(name);
    }

    public SourceLocation nameLocation() {
        return node.valueLocation("name");
    }

    /** Primary key properties in primaryKeyPosition order (contract order for equal or missing positions). */
    public List<SchemaProperty> primaryKey() {
        return properties.stream().filter(SchemaProperty::primaryKey)
                .sorted(Comparator.comparingInt(p -> p.primaryKeyPosition() < 0 ? Integer.MAX_VALUE
                        : p.primaryKeyPosition()))
                .toList();
    }

    /** Partition properties in partitionKeyPosition order (contract order for equal or missing positions). */
    public List<SchemaProperty> partitionKeys() {
        return properties.stream().filter(SchemaProperty::partitioned)
                .sorted(Comparator.comparingInt(p -> p.partitionKeyPosition() < 0 ? Integer.MAX_VALUE
                        : p.partitionKeyPosition()))
                .toList();
    }

    /** Properties that are not partition keys, in contract order. */
    public List<SchemaProperty> dataColumns() {
        return properties.stream().filter(p -> !p.partitioned()).toList();
    }

    public Optional<SchemaProperty> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    public Optional<CustomProperty> customProperty(String propertyName) {
        return CustomProperty.find(customProperties, propertyName);
    }

    @Override
    public SourceLocation sourceLocation() {
        return node.location();
    }
}
