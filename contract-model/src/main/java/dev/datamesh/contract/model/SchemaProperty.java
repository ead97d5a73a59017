package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import java.util.List;
import java.util.Optional;

/**
 * A property (column) of a schema object, or the {@code items} of an array property. Nested objects carry
 * their own {@link #properties()}.
 *
 * @param path dotted path for messages, e.g. {@code products.dimensions.height_cm}
 * @param primaryKeyPosition position in the primary key, {@code -1} when not given
 * @param partitionKeyPosition position among partition keys, {@code -1} when not given
 */
public record SchemaProperty(String name, String path, Optional<String> physicalName,
        Optional<String> logicalType, Optional<String> physicalType, Optional<String> description,
        Optional<String> businessName, boolean required, boolean unique, boolean primaryKey, int primaryKeyPosition,
        boolean partitioned, int partitionKeyPosition, Optional<String> classification, boolean criticalDataElement,
        LogicalTypeOptions options, List<Node> examples, Optional<SchemaProperty> items,
        List<SchemaProperty> properties, List<QualityRule> quality, List<Relationship> relationships,
        List<String> tags, List<CustomProperty> customProperties, MapNode node) implements FromSourceLocation {

    /** The physical column name: {@code physicalName} when given, else {@code name}. */
    public String columnName() {
        return physicalName.orElse(name);
    }

    /** Where the {@code name} key was written (or the property itself). */
    public SourceLocation nameLocation() {
        return node.valueLocation("name");
    }

    /** Where a key of this property was written, or the property itself when absent. */
    public SourceLocation keyLocation(String key) {
        return node.keyLocation(key);
    }

    public boolean isNullable() {
        return !required;
    }

    public Optional<CustomProperty> customProperty(String name) {
        return CustomProperty.find(customProperties, name);
    }

    @Override
    public SourceLocation sourceLocation() {
        return node.location();
    }
}
