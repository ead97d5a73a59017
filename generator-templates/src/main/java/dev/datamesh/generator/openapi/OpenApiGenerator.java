package dev.datamesh.generator.openapi;

import static dev.datamesh.generator.openapi.SchemaFactory.ref;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Description;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.Server;
import dev.datamesh.contract.model.SupportChannel;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import dev.datamesh.contract.types.TypeResolver;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates one OpenAPI 3.0.3 spec per contract, {@code openapi/<ContractKey>.openapi.yaml}, built on swagger's
 * model classes and importable into API Gateway (HTTP API, Lambda proxy with payload 2.0, IAM / SigV4) unchanged.
 *
 * <p>Per schema object (table), in contract order:
 * <ul>
 *   <li>{@code GET /<table>} ({@code list<Table>}): query filters on the primary-key then partition columns
 *       (equality, scalar columns only), {@code limit} and an opaque {@code nextToken}; returns {@code <Table>Page
 *       {items, nextToken}}. {@code <table>} is the lower-cased physical table name made URL-safe.</li>
 *   <li>{@code GET /<table>/{k1}/{k2}...} ({@code get<Table>}) when the table has a primary key of scalar columns,
 *       one path segment per key column in {@code primaryKeyPosition} order; returns the row or 404.</li>
 * </ul>
 * {@code <Table>} is the schema object's {@code name} in PascalCase; component and operation names are unique
 * (a clash gets a number: {@code Sales2}). Parameters are named after their columns, characters other than ASCII
 * letters, digits, '_', '.' and '-' replaced by '_'. Every operation answers 400, 403, 429 and 500 (and 404 for
 * {@code get}) with the shared {@code Error} schema through {@code components.responses}, carries
 * {@code x-amazon-apigateway-integration} and requires the {@code sigv4} scheme (declared globally and repeated per
 * operation, as API Gateway's own IAM examples do).
 *
 * <p>Schemas follow DESIGN.md's type mapping: row properties in contract order, {@code required} from required
 * properties (swagger's model keeps that list sorted), optional ones and optional array elements {@code nullable};
 * a {@code pattern} that is no valid regex is left out (validation reports it); nested objects become component
 * schemas named after their path ({@code <Table><Field>}, array elements {@code ...Item}), referenced directly
 * or, when nullable, through {@code nullable: true} + {@code allOf}; decimals are {@code type: number} without a format (BigDecimal in
 * openapi-generator's Java client) with {@code x-precision} / {@code x-scale}; maps are objects with string
 * {@code additionalProperties}. {@code example} is the first of the property's {@code examples} when it is a
 * value of the type (else omitted). Date and timestamp bounds are omitted: OpenAPI 3.0 cannot express them.
 *
 * <p>Order is fixed: paths and component schemas in contract order (each table's row schema, its nested schemas,
 * its page schema), then {@code Error}; output is byte-stable with {@code \n} line endings.
 *
 * <p>Options ({@link OpenApiOptions}):
 * <ul>
 *   <li>{@code openapi.basePath} (default none): appended to the server URL. The server is the contract's
 *       {@code type: api} server {@code location} when present, else the relative URL {@code /} (plus the base
 *       path), to be replaced by the API Gateway stage URL on deployment.</li>
 *   <li>{@code openapi.maxLimit} (default 1000) and {@code openapi.defaultLimit} (default 100): the {@code limit}
 *       parameter's maximum and default.</li>
 *   <li>{@code openapi.lambdaArn} (default {@code ${LambdaFunctionArn}}): the integration {@code uri}; the default
 *       is a placeholder for CloudFormation {@code Fn::Sub}, a SAM {@code DefinitionBody} or Terraform's
 *       {@code templatefile}. HTTP APIs accept the function ARN itself.</li>
 * </ul>
 */
public final class OpenApiGenerator implements Generator {

    public static final String NAME = "openapi";
    public static final String OPENAPI_VERSION = "3.0.3";
    public static final String SECURITY_SCHEME = "sigv4";
    public static final String INTEGRATION = "x-amazon-apigateway-integration";
    public static final String ERROR_SCHEMA = "Error";

    private static final String JSON = "application/json";
    private static final String LIMIT = "limit";
    private static final String NEXT_TOKEN = "nextToken";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A shared error response: status code, name under {@code components.responses}, description. */
    private record ErrorResponse(String status, String name, String description) {}

    private static final List<ErrorResponse> ERRORS = List.of(
            new ErrorResponse("400", "BadRequest", "The request is invalid: a parameter is malformed or out of range."),
            new ErrorResponse("403", "Forbidden", "The caller is not allowed to read this data product."),
            new ErrorResponse("404", "NotFound", "No row has this key."),
            new ErrorResponse("429", "TooManyRequests", "Too many requests: retry later, with backoff."),
            new ErrorResponse("500", "InternalServerError", "The service failed; the request may be retried."));

    private final ObjectMapper yaml = OpenApiYaml.mapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
        Objects.requireNonNull(contract, "contract == null");
        OpenApiOptions settings = OpenApiOptions.from(Objects.requireNonNull(options, "options == null"));
        OpenAPI api = build(contract, settings);
        String text;
        try {
            // SnakeYAML writes \n line breaks on every platform (DumperOptions.LineBreak.UNIX is its default).
            text = yaml.writeValueAsString(api);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI spec of " + contract.file(), e);
        }
        return List.of(new GeneratedFile("openapi/" + ContractKey.of(contract) + ".openapi.yaml", text));
    }

    /** The spec as swagger's model, before serialisation. */
    public OpenAPI build(Contract contract, OpenApiOptions settings) {
        OpenAPI api = new OpenAPI();
        api.setOpenapi(OPENAPI_VERSION);
        api.setInfo(info(contract));
        api.addServersItem(server(contract, settings));
        api.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));

        Components components = new Components();
        Names componentNames = new Names();
        componentNames.claim(ERROR_SCHEMA);
        List<String> tableNames = new ArrayList<>();
        for (SchemaObject table : contract.schema()) {
            tableNames.add(componentNames.claim(Names.typeName(table.name(), "Table")));
        }
        List<String> pageNames = new ArrayList<>();
        for (String tableName : tableNames) {
            pageNames.add(componentNames.claim(tableName + "Page"));
        }
        SchemaFactory schemas = new SchemaFactory(components, componentNames);
        Names segments = new Names();
        Set<String> tags = new HashSet<>();
        Paths paths = new Paths();
        for (int i = 0; i < contract.schema().size(); i++) {
            SchemaObject table = contract.schema().get(i);
            String typeName = tableNames.get(i);
            List<ResolvedField> fields = table.properties().stream().map(TypeResolver::resolve).toList();

            Schema<Object> row = new Schema<>();
            table.description().ifPresent(row::setDescription);
            components.addSchemas(typeName, row);
            schemas.object(row, typeName, fields);
            components.addSchemas(pageNames.get(i), page(typeName));

            if (tags.add(table.name())) {
                Tag tag = new Tag().name(table.name());
                table.description().ifPresent(tag::setDescription);
                api.addTagsItem(tag);
            }
            String segment = "/" + segments.claimSegment(Names.segment(table.tableName(), "table"));
            paths.addPathItem(segment, new PathItem().get(list(table, typeName, pageNames.get(i), fields, schemas,
                    settings)));
            List<ResolvedField> key = keyFields(table, fields);
            if (!key.isEmpty() && key.stream().allMatch(OpenApiGenerator::isScalar)) {
                addGet(paths, segment, table, typeName, key, schemas, settings);
            }
        }
        api.setPaths(paths);

        components.addSchemas(ERROR_SCHEMA, error());
        for (ErrorResponse error : ERRORS) {
            components.addResponses(error.name(), new ApiResponse().description(error.description())
                    .content(json(ref(ERROR_SCHEMA))));
        }
        SecurityScheme sigv4 = new SecurityScheme().type(SecurityScheme.Type.APIKEY).name("Authorization")
                .in(SecurityScheme.In.HEADER);
        sigv4.addExtension("x-amazon-apigateway-authtype", "awsSigv4");
        components.addSecuritySchemes(SECURITY_SCHEME, sigv4);
        api.setComponents(components);
        return api;
    }

    private static Info info(Contract contract) {
        Info info = new Info();
        info.setTitle(contract.dataProduct().filter(s -> !s.isBlank())
                .or(() -> contract.name().filter(s -> !s.isBlank())).orElse(contract.id()));
        info.setVersion(contract.version());
        description(contract.description()).ifPresent(info::setDescription);
        contact(contract).ifPresent(info::setContact);
        info.addExtension("x-contract-id", contract.id());
        return info;
    }

    private static Optional<String> description(Description description) {
        List<String> parts = new ArrayList<>();
        description.purpose().filter(s -> !s.isBlank()).ifPresent(parts::add);
        description.usage().filter(s -> !s.isBlank()).ifPresent(s -> parts.add("Usage: " + s));
        description.limitations().filter(s -> !s.isBlank()).ifPresent(s -> parts.add("Limitations: " + s));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
    }

    /** The team's name, the first {@code mailto:} support URL as email and the first web support URL. */
    private static Optional<Contact> contact(Contract contract) {
        Contact contact = new Contact();
        contract.team().flatMap(t -> t.name()).filter(s -> !s.isBlank()).ifPresent(contact::setName);
        for (SupportChannel channel : contract.support()) {
            String url = channel.url().map(String::trim).orElse("");
            if (contact.getEmail() == null && url.startsWith("mailto:")
                    && EMAIL.matcher(url.substring("mailto:".length())).matches()) {
                contact.setEmail(url.substring("mailto:".length()));
            } else if (contact.getUrl() == null && isWebUrl(url)) {
                contact.setUrl(url);
            }
        }
        return contact.getName() == null && contact.getEmail() == null && contact.getUrl() == null
                ? Optional.empty() : Optional.of(contact);
    }

    private static io.swagger.v3.oas.models.servers.Server server(Contract contract, OpenApiOptions settings) {
        Optional<Server> api = contract.server("api");
        Optional<String> location = api.flatMap(Server::location).map(String::trim).filter(OpenApiGenerator::isWebUrl);
        String url = location.map(l -> l.replaceAll("/+$", "")).orElse("") + settings.basePath();
        io.swagger.v3.oas.models.servers.Server server = new io.swagger.v3.oas.models.servers.Server()
                .url(url.isEmpty() ? "/" : url);
        if (location.isPresent()) {
            api.flatMap(Server::description).filter(s -> !s.isBlank()).ifPresent(server::setDescription);
        }
        return server;
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Schema<Object> page(String typeName) {
        Schema<Object> items = new Schema<>();
        items.setType("array");
        items.setDescription("The rows of this page, at most 'limit'.");
        items.setItems(ref(typeName));
        Schema<Object> nextToken = new Schema<>();
        nextToken.setType("string");
        nextToken.setNullable(true);
        nextToken.setDescription("Pass as 'nextToken' to get the next page; null on the last page.");
        Schema<Object> page = new Schema<>();
        page.setType("object");
        page.setDescription("One page of " + typeName + " rows.");
        page.addProperty("items", items);
        page.addProperty(NEXT_TOKEN, nextToken);
        page.addRequiredItem("items");
        return page;
    }

    private static Schema<Object> error() {
        Schema<Object> error = new Schema<>();
        error.setType("object");
        error.setDescription("An error answer. Never carries a stack trace.");
        error.addProperty("code", stringSchema("A stable, machine-readable error code, e.g. NOT_FOUND."));
        error.addProperty("message", stringSchema("What went wrong, for people."));
        error.addProperty("requestId", stringSchema("The request id, to quote when asking for support."));
        error.addRequiredItem("code");
        error.addRequiredItem("message");
        return error;
    }

    private static Schema<Object> stringSchema(String description) {
        Schema<Object> schema = new Schema<>();
        schema.setType("string");
        schema.setDescription(description);
        return schema;
    }

    private static Operation list(SchemaObject table, String typeName, String pageName, List<ResolvedField> fields,
            SchemaFactory schemas, OpenApiOptions settings) {
        Operation operation = operation(table, "list" + typeName, "List " + table.name() + " rows");
        operation.setDescription("Pages through the rows of table '" + table.tableName()
                + "'. Filters are equality matches on key and partition columns; all given filters must match.");
        Names parameters = new Names();
        parameters.claim(LIMIT);
        parameters.claim(NEXT_TOKEN);
        for (ResolvedField field : filterFields(table, fields)) {
            String name = parameters.claim(Names.parameter(field.name()));
            operation.addParametersItem(new Parameter().in("query").name(name)
                    .required(false).description("Only rows whose '" + field.name() + "' equals this value."
                            + field.property().description().map(d -> "\n\n" + d).orElse(""))
                    .schema(schemas.parameter(field)));
        }
        Schema<Object> limit = new Schema<>();
        limit.setType("integer");
        limit.setFormat("int32");
        limit.setMinimum(BigDecimal.ONE);
        limit.setMaximum(BigDecimal.valueOf(settings.maxLimit()));
        limit.setDefault(settings.defaultLimit());
        operation.addParametersItem(new Parameter().in("query").name(LIMIT).required(false)
                .description("The largest number of rows to return.").schema(limit));
        operation.addParametersItem(new Parameter().in("query").name(NEXT_TOKEN).required(false)
                .description("The 'nextToken' of the previous page; omit for the first page.")
                .schema(stringSchema(null)));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200",
                new ApiResponse().description("One page of rows.").content(json(ref(pageName))));
        errors(responses, false);
        operation.setResponses(responses);
        integrate(operation, settings);
        return operation;
    }

    private static void addGet(Paths paths, String segment, SchemaObject table, String typeName,
            List<ResolvedField> key, SchemaFactory schemas, OpenApiOptions settings) {
        Operation operation = operation(table, "get" + typeName, "Get one " + table.name() + " row by its key");
        operation.setDescription("Reads the row of table '" + table.tableName() + "' with this primary key.");
        Names parameters = new Names();
        StringBuilder path = new StringBuilder(segment);
        for (ResolvedField field : key) {
            String name = parameters.claim(Names.parameter(field.name()));
            path.append("/{").append(name).append('}');
            operation.addParametersItem(new Parameter().in("path").name(name).required(true)
                    .description("Primary key column '" + field.name() + "'."
                            + field.property().description().map(d -> "\n\n" + d).orElse(""))
                    .schema(schemas.parameter(field)));
        }
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", new ApiResponse().description("The row.").content(json(ref(typeName))));
        errors(responses, true);
        operation.setResponses(responses);
        integrate(operation, settings);
        paths.addPathItem(path.toString(), new PathItem().get(operation));
    }

    private static Operation operation(SchemaObject table, String operationId, String summary) {
        Operation operation = new Operation().operationId(operationId).summary(summary);
        operation.addTagsItem(table.name());
        operation.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
        return operation;
    }

    private static void errors(ApiResponses responses, boolean withNotFound) {
        for (ErrorResponse error : ERRORS) {
            if (withNotFound || !error.status().equals("404")) {
                responses.addApiResponse(error.status(),
                        new ApiResponse().$ref("#/components/responses/" + error.name()));
            }
        }
    }

    private static void integrate(Operation operation, OpenApiOptions settings) {
        Map<String, Object> integration = new LinkedHashMap<>();
        integration.put("type", "aws_proxy");
        integration.put("httpMethod", "POST");
        integration.put("uri", settings.lambdaArn());
        integration.put("payloadFormatVersion", "2.0");
        operation.addExtension(INTEGRATION, integration);
    }

    /**
     * The columns of {@code GET /<table>}'s query filters, in parameter order: the scalar primary-key columns (in
     * key order) then the scalar partition columns (in partition order), each once. {@code fields} are the table's
     * resolved properties, in contract order. Public so that the Lambda handlers serve exactly these filters.
     */
    public static List<ResolvedField> filterFields(SchemaObject table, List<ResolvedField> fields) {
        List<ResolvedField> filters = new ArrayList<>(keyFields(table, fields));
        for (SchemaProperty property : table.partitionKeys()) {
            ResolvedField field = field(property, table, fields);
            if (filters.stream().noneMatch(f -> f == field)) {
                filters.add(field);
            }
        }
        return filters.stream().filter(OpenApiGenerator::isScalar).toList();
    }

    /** The primary-key columns in key order; {@code GET /<table>/{key...}} exists when all are scalar. */
    public static List<ResolvedField> keyFields(SchemaObject table, List<ResolvedField> fields) {
        return table.primaryKey().stream().map(p -> field(p, table, fields)).toList();
    }

    private static ResolvedField field(SchemaProperty property, SchemaObject table, List<ResolvedField> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (table.properties().get(i) == property) {
                return fields.get(i);
            }
        }
        throw new IllegalStateException("property " + property.path() + " is not a column of " + table.name());
    }

    /** Scalars and decimals: the types a path or query parameter can carry. */
    public static boolean isScalar(ResolvedField field) {
        return field.type() instanceof DataType.Primitive || field.type() instanceof DataType.Decimal;
    }

    private static Content json(Schema<Object> schema) {
        return new Content().addMediaType(JSON, new MediaType().schema(schema));
    }
}
