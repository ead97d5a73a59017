package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a contract tree as ODCS YAML the way the sample contracts look: the {@code yaml-language-server} schema
 * line first (so that editors complete and check the file), keys in the tree's order, list items indented under
 * their key, quotes only where YAML needs them, long text on one line and {@code \n} line endings.
 */
public final class ContractYaml {

    /** The official ODCS v3.1.0 JSON Schema, as the sample contracts reference it. */
    public static final String SCHEMA_URL =
            "https://raw.githubusercontent.com/bitol-io/open-data-contract-standard/main/schema/odcs-json-schema-v3.1.0.json";
    /** The first line of every written contract. */
    public static final String SCHEMA_LINE = "# yaml-language-server: $schema=" + SCHEMA_URL;

    private static final ObjectWriter WRITER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build()).writer();

    private ContractYaml() {}

    /** The YAML text of a contract, schema line first. */
    public static String write(ObjectNode contract) {
        try {
            return SCHEMA_LINE + "\n" + WRITER.writeValueAsString(contract).replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always has a YAML form", e);
        }
    }
}
