package dev.datamesh.contract;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contract file after loading: the contract, when it could be read, and the events found in it.
 */
public record LoadedContract(ContractFile file, ValidatedResult<Contract> result) {

    public LoadedContract {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(result, "result == null");
    }

    public Optional<Contract> contract() {
        return result.result();
    }

    /** The events, sorted by location. */
    public List<ValidationEvent> events() {
        return result.events();
    }

    public int count(Severity severity) {
        return (int) result.events().stream().filter(e -> e.severity() == severity).count();
    }

    public boolean hasErrors() {
        return result.hasErrors();
    }
}
