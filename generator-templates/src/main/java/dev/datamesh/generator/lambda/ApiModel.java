package dev.datamesh.generator.lambda;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import dev.datamesh.contract.types.TypeResolver;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.openapi.OpenApiGenerator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the handler serves, read from the OpenAPI model that {@link OpenApiGenerator} builds (paths, operation and
 * parameter names, schemas and their names) joined with the contract's resolved columns, so that the handler and
 * the published spec cannot drift apart.
 */
final class ApiModel {

    /** A path or query parameter: its name in the spec, its column, its schema (type and constraints). */
    record Param(String name, ResolvedField field, Schema<?> schema) {}

    /** The {@code limit} parameter's bounds and default. */
    record Limit(int min, int max, int defaultValue) {}

    /**
     * One table: its routes, parameters and Java names.
     *
     * @param key the primary-key columns when {@code GET /<table>/{key}} exists, else empty
     */
    record Table(SchemaObject schema, String typeName, String segment, String listPath, Optional<String> getPath,
            List<ResolvedField> fields, List<Param> filters, Limit limit, List<ResolvedField> key,
            List<Param> keyParams, String dataAccess, String jdbcDataAccess, String athenaDataAccess, String queries) {

        boolean keyed() {
            return !key.isEmpty();
        }
    }

    private final Contract contract;
    private final String packageName;
    private final String handlerName;
    private final List<Table> tables;
    private final Map<DataType.Struct, String> structNames = new IdentityHashMap<>();
    private final List<DataType.Struct> structOrder = new ArrayList<>();
    private final Map<ResolvedField, String> members = new IdentityHashMap<>();

    private ApiModel(Contract contract, String packageName, String handlerName, List<Table> tables) {
        this.contract = contract;
        this.packageName = packageName;
        this.handlerName = handlerName;
        this.tables = tables;
    }

    Contract contract() {
        return contract;
    }

    /** The API's package; the model, data and runtime packages sit below it. */
    String packageName() {
        return packageName;
    }

    String modelPackage() {
        return packageName + ".model";
    }

    String dataPackage() {
        return packageName + ".data";
    }

    String runtimePackage() {
        return packageName + ".runtime";
    }

    String handlerName() {
        return handlerName;
    }

    List<Table> tables() {
        return tables;
    }

    /** The Java record of a nested object, named like its component schema. */
    String structName(DataType.Struct struct) {
        String name = structNames.get(struct);
        if (name == null) {
            throw new IllegalStateException("no schema name for a nested object");
        }
        return name;
    }

    /** Every nested object type, outermost first, in contract order. */
    List<DataType.Struct> structs() {
        return List.copyOf(structOrder);
    }

    /**
     * Generated type names that are also names of java.lang types the generated code uses (inside their package
     * they would shadow java.lang) or of the data-access interfaces' nested {@code Key} and {@code Filter}:
     * every file writes them qualified.
     */
    String[] shadowing() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Table table : tables) {
            names.addAll(List.of(table.typeName(), table.dataAccess(), table.jdbcDataAccess(), table.athenaDataAccess(),
                    table.queries()));
        }
        names.addAll(structNames.values());
        java.util.Set<String> shadowed = new java.util.HashSet<>(Types.JAVA_LANG);
        // the data-access interfaces' nested records, inherited by their implementations
        shadowed.addAll(List.of("Key", "Filter"));
        names.retainAll(shadowed);
        return names.toArray(String[]::new);
    }

    /** The Java member (record component) name of a column or nested field. */
    String member(ResolvedField field) {
        String name = members.get(field);
        if (name == null) {
            throw new IllegalStateException("no Java name for " + field.name());
        }
        return name;
    }

    static ApiModel of(Contract contract, OpenAPI api, String basePackage) {
        String key = ContractKey.of(contract);
        String packageName = basePackage + "." + JavaNames.packageSegment(key);
        String handlerName = JavaNames.type(key, "Api") + "Handler";
        Iterator<Map.Entry<String, PathItem>> paths = api.getPaths().entrySet().iterator();
        JavaNames dataNames = new JavaNames();
        List<Table> tables = new ArrayList<>();
        List<List<ResolvedField>> allFields = new ArrayList<>();
        for (SchemaObject table : contract.schema()) {
            List<ResolvedField> fields = table.properties().stream().map(TypeResolver::resolve).toList();
            allFields.add(fields);
            Map.Entry<String, PathItem> list = next(paths, "list", table);
            Operation listOperation = list.getValue().getGet();
            String typeName = rowType(api, listOperation);

            List<ResolvedField> filterFields = OpenApiGenerator.filterFields(table, fields);
            List<Parameter> queryParameters = listOperation.getParameters();
            if (queryParameters.size() != filterFields.size() + 2) {
                throw new IllegalStateException("the spec's list operation of " + table.name() + " has "
                        + queryParameters.size() + " parameters, expected " + (filterFields.size() + 2));
            }
            List<Param> filters = new ArrayList<>();
            for (int i = 0; i < filterFields.size(); i++) {
                Parameter parameter = queryParameters.get(i);
                filters.add(new Param(parameter.getName(), filterFields.get(i), parameter.getSchema()));
            }
            Schema<?> limitSchema = queryParameters.get(filterFields.size()).getSchema();
            Limit limit = new Limit(limitSchema.getMinimum().intValueExact(), limitSchema.getMaximum().intValueExact(),
                    ((Number) limitSchema.getDefault()).intValue());

            List<ResolvedField> keyFields = OpenApiGenerator.keyFields(table, fields);
            boolean keyed = !keyFields.isEmpty() && keyFields.stream().allMatch(OpenApiGenerator::isScalar);
            Optional<String> getPath = Optional.empty();
            List<Param> keyParams = new ArrayList<>();
            if (keyed) {
                Map.Entry<String, PathItem> get = next(paths, "get", table);
                getPath = Optional.of(get.getKey());
                List<Parameter> pathParameters = get.getValue().getGet().getParameters();
                for (int i = 0; i < keyFields.size(); i++) {
                    Parameter parameter = pathParameters.get(i);
                    keyParams.add(new Param(parameter.getName(), keyFields.get(i), parameter.getSchema()));
                }
            }
            String base = JavaNames.type(typeName, "Table");
            tables.add(new Table(table, typeName, list.getKey().substring(1), list.getKey(), getPath, fields,
                    List.copyOf(filters), limit, keyed ? keyFields : List.of(), List.copyOf(keyParams),
                    dataNames.claim(base + "DataAccess"), dataNames.claim(base + "JdbcDataAccess"),
                    dataNames.claim(base + "AthenaDataAccess"), dataNames.claim(base + "Queries")));
        }
        ApiModel model = new ApiModel(contract, packageName, handlerName, List.copyOf(tables));
        for (int i = 0; i < tables.size(); i++) {
            Schema<?> row = api.getComponents().getSchemas().get(tables.get(i).typeName());
            model.name(allFields.get(i), row, api);
        }
        return model;
    }

    private static Map.Entry<String, PathItem> next(Iterator<Map.Entry<String, PathItem>> paths, String prefix,
            SchemaObject table) {
        if (!paths.hasNext()) {
            throw new IllegalStateException("the spec has no " + prefix + " operation for " + table.name());
        }
        Map.Entry<String, PathItem> entry = paths.next();
        Operation operation = entry.getValue().getGet();
        if (operation == null || !operation.getOperationId().startsWith(prefix)) {
            throw new IllegalStateException("expected the " + prefix + " operation of " + table.name() + " at "
                    + entry.getKey());
        }
        return entry;
    }

    /** The row schema: the list operation returns {@code <Row>Page} whose {@code items} are {@code <Row>}. */
    private static String rowType(OpenAPI api, Operation list) {
        String page = refName(list.getResponses().get("200").getContent().get("application/json").getSchema());
        return refName(property(api.getComponents().getSchemas().get(page), "items").getItems());
    }

    private static String refName(Schema<?> schema) {
        String ref = schema.get$ref();
        if (ref == null && schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            ref = schema.getAllOf().get(0).get$ref();
        }
        if (ref == null) {
            throw new IllegalStateException("expected a reference to a component schema");
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Schema<?> property(Schema<?> object, String name) {
        Object property = object.getProperties().get(name);
        if (!(property instanceof Schema<?> schema)) {
            throw new IllegalStateException("the spec's schema has no property " + name);
        }
        return schema;
    }

    /** Names the fields of a record and, walking the schema alongside the types, its nested object records. */
    private void name(List<ResolvedField> fields, Schema<?> object, OpenAPI api) {
        JavaNames scope = new JavaNames().reserve("writeJson", "readJson");
        for (ResolvedField field : fields) {
            members.put(field, scope.claim(JavaNames.member(field.name())));
        }
        for (ResolvedField field : fields) {
            nameNested(field.type(), property(object, field.name()), api);
        }
    }

    private void nameNested(DataType type, Schema<?> schema, OpenAPI api) {
        if (type instanceof DataType.Struct struct) {
            String name = refName(schema);
            structNames.put(struct, name);
            structOrder.add(struct);
            name(struct.fields(), api.getComponents().getSchemas().get(name), api);
        } else if (type instanceof DataType.Array array) {
            nameNested(array.element().type(), schema.getItems(), api);
        }
    }
}
