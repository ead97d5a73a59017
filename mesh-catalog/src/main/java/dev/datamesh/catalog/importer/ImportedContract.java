package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A contract written by an import, before it goes to disk.
 *
 * @param fileName the file name in the contracts directory, e.g. {@code sales_pos.odcs.yaml}
 * @param contract the contract tree, keys in ODCS order; owned by this value
 * @param tables the names of its schema objects
 * @param warnings what the import could not carry over exactly
 */
public record ImportedContract(String fileName, ObjectNode contract, List<String> tables, List<String> warnings) {

    public ImportedContract {
        Objects.requireNonNull(fileName, "fileName == null");
        Objects.requireNonNull(contract, "contract == null");
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** The file's text: the schema line, then the contract as YAML. */
    public String yaml() {
        return ContractYaml.write(contract);
    }
}
