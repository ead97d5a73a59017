package dev.datamesh.contract;

import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.loader.LoaderLimits;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.ContractReader;
import dev.datamesh.contract.validation.OdcsSchemaValidator;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.RuleConfig;
import dev.datamesh.contract.validation.SemanticRules;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of contract-model: reads a contract file safely, validates it against the official ODCS JSON
 * Schema and the semantic rules, and returns the immutable {@link Contract} with every event found.
 *
 * <p>Thread-safe and free of global state: one instance can load many files from many threads.
 */
public final class ContractLoader {

    /** The root of a contract is not a YAML mapping. */
    public static final String ROOT = "ODCS-YAML-ROOT";

    private final SafeYamlLoader yaml;
    private final OdcsSchemaValidator schema;
    private final List<Rule> rules;
    private final RuleConfig config;

    public ContractLoader(LoaderLimits limits, List<Rule> rules, RuleConfig config) {
        this.yaml = new SafeYamlLoader(Objects.requireNonNull(limits, "limits == null"));
        this.schema = new OdcsSchemaValidator();
        this.rules = List.copyOf(rules);
        this.config = Objects.requireNonNull(config, "config == null");
    }

    public ContractLoader(RuleConfig config) {
        this(config, AccessConfig.DEFAULT);
    }

    /** A loader whose role rules resolve short role names through {@code access}. */
    public ContractLoader(RuleConfig config, AccessConfig access) {
        this(LoaderLimits.DEFAULT, SemanticRules.all(access), config);
    }

    public ContractLoader() {
        this(RuleConfig.DEFAULT);
    }

    /** Loads a file; {@code displayName} is the path printed in locations. */
    public ValidatedResult<Contract> load(Path path, String displayName) {
        return validate(yaml.load(path, displayName), displayName);
    }

    public ValidatedResult<Contract> load(Path path) {
        return load(path, path.toString());
    }

    /** Loads YAML text, e.g. from a test or an archive. */
    public ValidatedResult<Contract> load(String text, String displayName) {
        return validate(yaml.load(text, displayName), displayName);
    }

    private ValidatedResult<Contract> validate(ValidatedResult<Node> loaded, String displayName) {
        if (loaded.result().isEmpty()) {
            return ValidatedResult.failed(config.apply(loaded.events()));
        }
        Node root = loaded.result().get();
        if (!(root instanceof MapNode map)) {
            return ValidatedResult.failed(List.of(ValidationEvent.error(ROOT, root,
                    "A contract must be a YAML mapping, but this file holds a " + root.typeName() + ".",
                    "start the file with 'apiVersion: v3.1.0', 'kind: DataContract', 'id:', 'version:' and 'status:'.")));
        }
        List<ValidationEvent> events = new ArrayList<>(schema.validate(map));
        Contract contract = ContractReader.read(map, displayName);
        // A contract of another ODCS generation (v2, v4) is not read as v3: the semantic rules would only add noise.
        boolean unreadable = events.stream().anyMatch(e -> e.ruleId().equals(OdcsSchemaValidator.API_VERSION)
                && e.severity() == Severity.ERROR);
        if (!unreadable) {
            for (Rule rule : rules) {
                events.addAll(rule.validate(contract));
            }
        }
        return ValidatedResult.of(contract, config.apply(events));
    }
}
