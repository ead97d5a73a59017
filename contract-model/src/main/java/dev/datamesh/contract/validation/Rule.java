package dev.datamesh.contract.validation;

import dev.datamesh.contract.model.Contract;
import java.util.List;

/**
 * One semantic rule over a contract. The id is a constant of the rule class and never changes once released;
 * a rule may report variants as sub-ids ({@code GLUE-NAME-LENGTH}).
 */
public interface Rule {

    /** The rule's id, e.g. {@code ODCS-PK-REQUIRED}. */
    String id();

    /** Events for this contract; empty when the rule finds nothing. */
    List<ValidationEvent> validate(Contract contract);
}
