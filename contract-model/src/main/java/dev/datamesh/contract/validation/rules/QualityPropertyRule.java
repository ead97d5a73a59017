package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.QualityRule;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a table-level quality rule names existing properties in {@code arguments.properties} (e.g. the
 * columns of a {@code duplicateValues} check): a generated data-quality ruleset on a missing column fails the job.
 */
public final class QualityPropertyRule implements Rule {

    public static final String ID = "ODCS-QUALITY-PROPERTY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : PropertyTree.tables(contract)) {
            for (QualityRule rule : table.quality()) {
                if (rule.arguments().isEmpty()) {
                    continue;
                }
                for (ScalarNode name : PropertyTree.strings(rule.arguments().get(), "properties")) {
                    String property = name.asText().strip();
                    if (PropertyTree.property(table.properties(), property).isEmpty()) {
                        events.add(ValidationEvent.error(ID, name, "Quality rule"
                                + rule.name().map(n -> " '" + n + "'").orElse("") + " names property '" + property
                                + "', which '" + table.name() + "' does not have.",
                                "list only properties of '" + table.name() + "' in 'arguments.properties'."));
                    }
                }
            }
        }
        return events;
    }
}
