package dev.datamesh.plugin.core;

import dev.datamesh.contract.compat.Acceptance;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeSource;
import dev.datamesh.contract.compat.CompatibilityRule;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Builds the changes that the Avro and OpenAPI checks find in generated artifacts, with the element keys of the
 * contract rules ({@code pos_transactions.net_amount}, {@code products.pack_sizes[].units}) and the place in each
 * contract where that element is written.
 */
final class DerivedChanges {

    private DerivedChanges() {}

    /** A change found in a generated artifact, pointing at the element in both contracts. */
    static Change of(ChangeSource source, CompatibilityRule rule, String table, String element, Contract baseline,
            Contract current, String message) {
        return new Change(source, rule.id(), rule.kind(), rule.warning(), table, element,
                location(baseline, table, element), location(current, table, element), message, Acceptance.NONE);
    }

    /**
     * Where an element is written: the property with that path, else its nearest written parent, else the table's
     * name, else the contract's {@code schema} key.
     */
    static SourceLocation location(Contract contract, String table, String element) {
        Optional<SchemaObject> object = contract.schemaObject(table);
        if (object.isEmpty()) {
            return contract.keyLocation("schema");
        }
        String path = element;
        while (path.length() > table.length() && path.startsWith(table)) {
            Optional<SchemaProperty> property = find(object.get().properties(), path);
            if (property.isPresent()) {
                return property.get().nameLocation();
            }
            path = parent(path);
        }
        return object.get().nameLocation();
    }

    private static Optional<SchemaProperty> find(List<SchemaProperty> properties, String path) {
        for (SchemaProperty property : properties) {
            if (property.path().equals(path)) {
                return Optional.of(property);
            }
            if (path.startsWith(property.path())) {
                Optional<SchemaProperty> nested = find(property.properties(), path);
                if (nested.isEmpty() && property.items().isPresent()) {
                    SchemaProperty items = property.items().get();
                    nested = items.path().equals(path) ? Optional.of(items) : find(items.properties(), path);
                }
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code a.b[]} for {@code a.b[].c}, {@code a.b} for {@code a.b[]}. */
    private static String parent(String path) {
        if (path.endsWith("[]") || path.endsWith("{}")) {
            return path.substring(0, path.length() - 2);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /**
     * Whether accepting a change of the contract on purpose also accepts this derived change: same table, and
     * the contract change is about the whole table or about this element or one of its parents. Accepting
     * {@code COMPAT-PROPERTY-REMOVED orders.note} so also accepts the OpenAPI response field {@code orders.note}.
     */
    static boolean covers(Change contractChange, Change derived) {
        if (!contractChange.table().equals(derived.table())) {
            return false;
        }
        String element = contractChange.element();
        String other = derived.element();
        return element.equals(contractChange.table()) || other.equals(element) || other.startsWith(element + ".")
                || other.startsWith(element + "[") || other.startsWith(element + "{");
    }
}
