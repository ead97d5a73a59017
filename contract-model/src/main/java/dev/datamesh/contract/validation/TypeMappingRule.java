package dev.datamesh.contract.validation;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.types.TypeResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports what makes a property's type impossible to map: a physicalType that contradicts the logicalType, a
 * decimal out of range, an array without items, a missing logicalType.
 */
public final class TypeMappingRule implements Rule {

    @Override
    public String id() {
        return TypeResolver.PHYSICAL_TYPE;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : contract.schema()) {
            TypeResolver.resolve(table, events);
        }
        return events;
    }
}
