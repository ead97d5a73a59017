package dev.datamesh.contract.validation;

import dev.datamesh.contract.loader.MapNode;
import java.util.List;

/**
 * Validation layer 1: the official ODCS JSON Schema v3.1.0 (bundled), with each schema error mapped back to the
 * YAML location of the offending value.
 */
public final class OdcsSchemaValidator {

    public OdcsSchemaValidator() {}

    /** Events for one contract tree. */
    public List<ValidationEvent> validate(MapNode root) {
        return List.of(); // TODO(issue 3): JSON Schema layer
    }
}
