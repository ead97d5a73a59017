package dev.datamesh.plugin.core;

import static dev.datamesh.contract.compat.ChangeKind.BREAKING;

import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeSource;
import dev.datamesh.contract.compat.CompatibilityRule;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.openapi.OpenApiGenerator;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Compares the OpenAPI specs of two versions of a contract with openapi-diff and reports what breaks an API client
 * as breaking changes of source {@link ChangeSource#OPENAPI}: removed operations, parameters, responses and
 * response fields, parameters that became required or accept fewer values, response fields whose type or
 * constraints changed incompatibly, changed security.
 *
 * <p>The new spec is generated in memory from the current contract; the baseline's comes from its generated
 * file ({@code openapi/<contract key>.openapi.yaml}) or, when it has none, is generated from the baseline contract
 * with the same options. Each finding is keyed by the table its operation serves (the operation's tag) and the
 * column, like the contract rules: {@code pos_transactions.net_amount}.
 *
 * <p>One decision differs from openapi-diff's defaults: a removed response field is breaking even when it was
 * optional (openapi-diff calls that compatible), since a client that reads the field loses it; the contract rule
 * {@code COMPAT-PROPERTY-REMOVED} says the same.
 */
public final class OpenApiCompatibilityCheck {

    public static final CompatibilityRule OPERATION_REMOVED = rule("API-COMPAT-OPERATION-REMOVED",
            "An API operation was removed.");
    public static final CompatibilityRule PARAMETER_REMOVED = rule("API-COMPAT-PARAMETER-REMOVED",
            "A parameter of an API operation was removed.");
    public static final CompatibilityRule PARAMETER_ADDED = rule("API-COMPAT-PARAMETER-REQUIRED-ADDED",
            "A required parameter was added to an API operation.");
    public static final CompatibilityRule PARAMETER_CHANGED = rule("API-COMPAT-PARAMETER-CHANGED",
            "A parameter became required or accepts fewer values.");
    public static final CompatibilityRule RESPONSE_REMOVED = rule("API-COMPAT-RESPONSE-REMOVED",
            "A response (status code or content type) of an API operation was removed.");
    public static final CompatibilityRule FIELD_REMOVED = rule("API-COMPAT-FIELD-REMOVED",
            "A field of an API response was removed.");
    public static final CompatibilityRule FIELD_CHANGED = rule("API-COMPAT-FIELD-CHANGED",
            "A field of an API response changed its type, became optional or may hold other values.");
    public static final CompatibilityRule SECURITY_CHANGED = rule("API-COMPAT-SECURITY-CHANGED",
            "The security requirements of an API operation changed.");
    public static final CompatibilityRule OTHER = rule("API-COMPAT-CHANGED",
            "openapi-diff found another incompatible change of an API operation.");

    private final GeneratorOptions options;
    private final OpenApiGenerator generator = new OpenApiGenerator();

    public OpenApiCompatibilityCheck(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options == null");
    }

    /** Every rule of this check. */
    public static List<CompatibilityRule> rules() {
        return List.of(OPERATION_REMOVED, PARAMETER_REMOVED, PARAMETER_ADDED, PARAMETER_CHANGED, RESPONSE_REMOVED,
                FIELD_REMOVED, FIELD_CHANGED, SECURITY_CHANGED, OTHER);
    }

    /**
     * The incompatible changes between the baseline's spec and the current contract's.
     *
     * @param baselineFiles the baseline's generated files below {@code mesh/}; empty to regenerate them
     * @throws IllegalArgumentException when a generator option is unusable (the message names it)
     * @throws IllegalStateException when the specs cannot be read or compared
     */
    public List<Change> compare(Contract baseline, Map<String, String> baselineFiles, Contract current) {
        String oldSpec = baselineFiles.get(path(baseline));
        if (oldSpec == null) {
            oldSpec = spec(baseline);
        }
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromContents(oldSpec, spec(current));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The OpenAPI specs of " + baseline.file() + " and " + current.file()
                    + " cannot be compared: " + e.getMessage(), e);
        }
        Findings findings = new Findings(baseline, current);
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            String operation = endpoint.getMethod() + " " + endpoint.getPathUrl();
            findings.add(OPERATION_REMOVED, table(endpoint.getOperation()), "", operation + " was removed.");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation, findings);
        }
        return findings.changes();
    }

    private String path(Contract contract) {
        return OpenApiGenerator.NAME + "/" + ContractKey.of(contract) + ".openapi.yaml";
    }

    private String spec(Contract contract) {
        List<GeneratedFile> files = generator.generate(contract, options);
        return files.get(0).content();
    }

    private static void operation(ChangedOperation operation, Findings findings) {
        String name = operation.getHttpMethod() + " " + operation.getPathUrl();
        String table = table(operation.getNewOperation());
        int before = findings.size();
        ChangedParameters parameters = operation.getParameters();
        if (parameters != null) {
            for (Parameter parameter : parameters.getMissing()) {
                findings.add(PARAMETER_REMOVED, table, parameter.getName(), name + ": " + parameter.getIn()
                        + " parameter '" + parameter.getName() + "' was removed.");
            }
            for (Parameter parameter : parameters.getIncreased()) {
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    findings.add(PARAMETER_ADDED, table, parameter.getName(), name + ": required " + parameter.getIn()
                            + " parameter '" + parameter.getName() + "' was added.");
                }
            }
            for (ChangedParameter parameter : parameters.getChanged()) {
                if (parameter.isIncompatible()) {
                    List<String> what = new ArrayList<>();
                    if (parameter.isChangeRequired()) {
                        what.add("it became required");
                    }
                    aspects(parameter.getSchema(), what);
                    findings.add(PARAMETER_CHANGED, table, parameter.getName(), name + ": " + parameter.getIn()
                            + " parameter '" + parameter.getName() + "' changed incompatibly ("
                            + (what.isEmpty() ? "see openapi-diff" : String.join(", ", what)) + ").");
                }
            }
        }
        ChangedApiResponse responses = operation.getApiResponses();
        if (responses != null) {
            for (String status : responses.getMissing().keySet()) {
                findings.add(RESPONSE_REMOVED, table, "", name + ": response " + status + " was removed.");
            }
            for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
                response(name + ": response " + response.getKey(), table, response.getValue(), findings);
            }
        }
        if (operation.getSecurityRequirements() != null && operation.getSecurityRequirements().isIncompatible()) {
            findings.add(SECURITY_CHANGED, table, "", name + ": its security requirements changed.");
        }
        if (findings.size() == before && operation.isIncompatible()) {
            findings.add(OTHER, table, "", name + " changed incompatibly.");
        }
    }

    private static void response(String where, String table, ChangedResponse response, Findings findings) {
        if (response.getContent() == null) {
            return;
        }
        for (String type : response.getContent().getMissing().keySet()) {
            findings.add(RESPONSE_REMOVED, table, "", where + ": content type " + type + " was removed.");
        }
        for (ChangedMediaType media : response.getContent().getChanged().values()) {
            ChangedSchema schema = media.getSchema();
            if (schema == null) {
                continue;
            }
            // A page {items: [row], nextToken}: the row's fields are the table's columns.
            ChangedSchema items = schema.getChangedProperties().get("items");
            boolean page = isPage(schema.getOldSchema()) && isPage(schema.getNewSchema());
            if (page && items != null && items.getItems() != null) {
                schema(where, table, "", items.getItems(), findings, Collections.newSetFromMap(new IdentityHashMap<>()));
            } else if (!page) {
                schema(where, table, "", schema, findings, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
    }

    private static boolean isPage(Schema<?> schema) {
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("items")
                && schema.getProperties().containsKey("nextToken");
    }

    /** Reports the removed and incompatibly changed fields of a response schema, recursively. */
    private static void schema(String where, String table, String field, ChangedSchema schema, Findings findings,
            Set<ChangedSchema> seen) {
        if (!seen.add(schema)) {
            return;
        }
        String prefix = field.isEmpty() ? "" : field + ".";
        for (String missing : schema.getMissingProperties().keySet()) {
            findings.add(FIELD_REMOVED, table, prefix + missing, where + ": field '" + prefix + missing
                    + "' was removed.");
        }
        if (schema.getRequired() != null) {
            for (String optional : schema.getRequired().getMissing()) {
                if (!schema.getMissingProperties().containsKey(optional)) {
                    findings.add(FIELD_CHANGED, table, prefix + optional, where + ": field '" + prefix + optional
                            + "' is no longer required, so it may be absent.");
                }
            }
        }
        List<String> what = new ArrayList<>();
        aspects(schema, what);
        if (!what.isEmpty() && !field.isEmpty()) {
            findings.add(FIELD_CHANGED, table, field, where + ": field '" + field + "' changed incompatibly ("
                    + String.join(", ", what) + ").");
        }
        for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
            schema(where, table, prefix + property.getKey(), property.getValue(), findings, seen);
        }
        if (schema.getItems() != null) {
            schema(where, table, field + "[]", schema.getItems(), findings, seen);
        }
        if (schema.getAddProp() != null) {
            schema(where, table, field + "{}", schema.getAddProp(), findings, seen);
        }
    }

    /** The incompatible changes of one schema itself (not of its properties), as short phrases. */
    private static void aspects(ChangedSchema schema, List<String> what) {
        if (schema == null) {
            return;
        }
        if (schema.isChangedType()) {
            what.add("type " + type(schema.getOldSchema()) + " -> " + type(schema.getNewSchema()));
        }
        Map<String, Changed> leaves = new LinkedHashMap<>();
        leaves.put("enum", schema.getEnumeration());
        leaves.put("maxLength", schema.getMaxLength());
        leaves.put("range", schema.getNumericRange());
        leaves.put("multipleOf", schema.getMultipleOf());
        leaves.put("maxItems", schema.getMaxItems());
        leaves.put("minItems", schema.getMinItems());
        leaves.put("nullable", schema.getNullable());
        leaves.put("uniqueItems", schema.getUniqueItems());
        leaves.put("readOnly", schema.getReadOnly());
        leaves.put("writeOnly", schema.getWriteOnly());
        leaves.put("oneOf", schema.getOneOfSchema());
        leaves.forEach((name, changed) -> {
            if (changed != null && changed.isIncompatible()) {
                what.add(name);
            }
        });
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return "(none)";
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        return schema.getFormat() == null ? type : type + "/" + schema.getFormat();
    }

    /** The table an operation serves: its first tag, which the generator sets to the schema object's name. */
    private static String table(Operation operation) {
        return operation != null && operation.getTags() != null && !operation.getTags().isEmpty()
                ? operation.getTags().get(0) : "";
    }

    private static CompatibilityRule rule(String id, String description) {
        return new CompatibilityRule(id, BREAKING, false, description);
    }

    /** The changes found so far, keyed like the contract rules' elements. */
    private static final class Findings {

        private final Contract baseline;
        private final Contract current;
        private final List<Change> changes = new ArrayList<>();

        Findings(Contract baseline, Contract current) {
            this.baseline = baseline;
            this.current = current;
        }

        /** One finding; {@code field} is empty for the operation as a whole. */
        void add(CompatibilityRule rule, String table, String field, String message) {
            String element = table.isEmpty() ? field : field.isEmpty() ? table : table + "." + field;
            changes.add(DerivedChanges.of(ChangeSource.OPENAPI, rule, table, element, baseline, current, message));
        }

        int size() {
            return changes.size();
        }

        List<Change> changes() {
            return List.copyOf(changes);
        }
    }
}
