package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractFile;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.nio.file.Path;
import java.util.List;

/** Reports built from hand-made events, so that report tests do not change when rules do. */
final class Reports {

    static final String ORDERS = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:orders
            version: 1.0.0
            status: active
            """;

    static final String STORES = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:stores
            version: 2.1.0
            status: active
            """;

    private static final ContractLoader LOADER = new ContractLoader();

    private Reports() {}

    static Contract contract(String yaml, String file) {
        return LOADER.load(yaml, file).result().orElseThrow();
    }

    static LoadedContract loaded(String file, String yaml, ValidationEvent... events) {
        return new LoadedContract(new ContractFile(Path.of(file).toAbsolutePath(), file),
                ValidatedResult.of(contract(yaml, file), List.of(events)));
    }

    static LoadedContract unreadable(String file, ValidationEvent... events) {
        return new LoadedContract(new ContractFile(Path.of(file).toAbsolutePath(), file),
                ValidatedResult.failed(List.of(events)));
    }

    static ValidationEvent event(String rule, Severity severity, String file, int line, int column, String message,
            String hint) {
        return new ValidationEvent(rule, severity, new SourceLocation(file, line, column), message, hint);
    }

    /** Three contracts: clean, one error and one warning, unreadable. */
    static ValidationReport mixed(boolean failOnWarning) {
        return ValidationReport.of(ContractSet.of(List.of(
                loaded("contracts/a.odcs.yaml", ORDERS),
                loaded("contracts/b.odcs.yaml", STORES,
                        event("ODCS-PHYSICAL-TYPE", Severity.ERROR, "contracts/b.odcs.yaml", 12, 23,
                                "physicalType 'int' of property 'stores.name' contradicts logicalType 'string'.",
                                "make 'physicalType' a Glue type of the same kind as 'logicalType: string', or"
                                        + " remove it."),
                        event("ODCS-LOGICAL-TYPE-MISSING", Severity.WARNING, "contracts/b.odcs.yaml", 14, 11,
                                "Property 'stores.city' has no logicalType; it is read as a string.",
                                "add 'logicalType:'.")),
                unreadable("contracts/c.odcs.yaml",
                        event("ODCS-YAML-DUPLICATE-KEY", Severity.ERROR, "contracts/c.odcs.yaml", 3, 1,
                                "Duplicate key 'id' (first defined at line 2).",
                                "remove one of the two 'id' keys; YAML keeps only one of them.")))),
                failOnWarning);
    }
}
