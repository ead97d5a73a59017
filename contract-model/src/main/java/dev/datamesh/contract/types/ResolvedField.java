package dev.datamesh.contract.types;

import dev.datamesh.contract.model.SchemaProperty;
import java.util.Locale;

/**
 * A property with its resolved type and nullability.
 *
 * @param name the physical name as written (physicalName, else name)
 * @param nullable true unless the property is {@code required}
 * @param property the contract property it comes from
 */
public record ResolvedField(String name, DataType type, boolean nullable, SchemaProperty property) {

    /** The name as Glue stores it: lower case. Validation rejects names that lower-casing cannot make valid. */
    public String glueName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The Avro type, as a union with null when nullable: {@code [null,long]}. */
    public String avroTypeWithNull() {
        return nullable ? "[null," + type.avroType() + "]" : type.avroType();
    }
}
