package dev.datamesh.generator.glue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.Team;
import dev.datamesh.contract.types.ResolvedField;
import dev.datamesh.contract.types.TypeResolver;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.etl.GlueEtlJobGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Glue Data Catalog definitions of a contract: a {@code DatabaseInput}, one {@code TableInput} per schema
 * object, and a CloudFormation template with both, all in the exact shapes of the Glue API.
 *
 * <p>Files, under the generator's output directory ({@code <key>} is the {@link ContractKey}, {@code <table>} the
 * lower-cased physical table name):
 * <ul>
 *   <li>{@code glue/<key>/database.json}: for {@code aws glue create-database --database-input file://…}</li>
 *   <li>{@code glue/<key>/<table>.table.json}: for
 *       {@code aws glue create-table --database-name D --table-input file://…}</li>
 *   <li>{@code glue/<key>/<table>.create-table.json}, Iceberg only: the whole CreateTable request
 *       ({@code DatabaseName}, {@code TableInput}, {@code OpenTableFormatInput}), for
 *       {@code aws glue create-table --cli-input-json file://…}, because {@code OpenTableFormatInput} is a sibling of
 *       {@code TableInput} in the request and cannot travel in the TableInput file</li>
 *   <li>{@code cloudformation/<key>.cfn.yaml}: see {@link CloudFormationTemplate}</li>
 * </ul>
 *
 * <p>Table {@code Parameters}, in this order: {@code classification} ({@code parquet}, {@code json} or
 * {@code csv}; absent for Iceberg), {@code EXTERNAL}={@code TRUE}, {@code table_type}={@code ICEBERG} (Iceberg only),
 * {@code skip.header.line.count}={@code 1} (CSV with header), then {@value #PARAM_CONTRACT_ID},
 * {@value #PARAM_CONTRACT_VERSION}, {@value #PARAM_CONTRACT_FINGERPRINT}, {@value #PARAM_DATA_PRODUCT} and
 * {@value #PARAM_DOMAIN} (the last two when the contract has them). The catalog registration reads the same keys.
 *
 * <p>Columns follow the contract's order; partition keys go to {@code PartitionKeys} in
 * {@code partitionKeyPosition} order and not to {@code Columns}. Iceberg tables have hidden partitioning that
 * Glue's CreateTable with {@code IcebergInput} does not set up, so there every property is a column, in contract
 * order, and the writer declares the partition spec. Comments come from {@code description}, else
 * {@code businessName}, made fit by {@link GlueText}. Without a location on the glue or s3 server, the table has no
 * {@code Location}: Glue accepts that, but a query engine needs one before reading, so set
 * {@code servers[].location}.
 *
 * <p>Options: {@code glue.format} ({@code parquet}, {@code json}, {@code csv}, {@code iceberg}) overrides the
 * server's {@code format}; {@code glue.server} picks a server by name; {@code glue.csvHeader=false} for CSV files
 * without a header line. An option or server format it cannot use is an {@link IllegalArgumentException} whose
 * message names the key to change.
 */
public final class GlueTableGenerator implements Generator {

    /**
     * Option: also put the ETL jobs of {@code glue-etl} ({@code AWS::Glue::Job}) into the contract's CloudFormation
     * template; the generate goal sets it when {@code glue-etl} is among the generators.
     */
    public static final String ETL_JOBS = "glue.etlJobs";


    public static final String NAME = "glue";

    /** Table parameter: the contract's {@code id}. */
    public static final String PARAM_CONTRACT_ID = "contract.id";
    /** Table parameter: the contract's {@code version}. */
    public static final String PARAM_CONTRACT_VERSION = "contract.version";
    /** Table parameter: the contract's canonical fingerprint (SHA-256 hex). */
    public static final String PARAM_CONTRACT_FINGERPRINT = "contract.fingerprint";
    /** Table parameter: the contract's {@code dataProduct}. */
    public static final String PARAM_DATA_PRODUCT = "data_product";
    /** Table and database parameter: the contract's {@code domain}. */
    public static final String PARAM_DOMAIN = "domain";

    static final String TABLE_TYPE = "EXTERNAL_TABLE";
    static final String ICEBERG_VERSION = "2";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
        GlueSettings settings = GlueSettings.of(contract, options);
        String key = ContractKey.of(contract);
        String dir = "glue/" + key + "/";
        ObjectNode database = databaseInput(contract, settings);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(dir + "database.json", TreeText.json(database)));
        List<GlueTable> tables = new ArrayList<>();
        for (SchemaObject object : contract.schema()) {
            GlueTable table = table(contract, object, settings);
            tables.add(table);
            // Validation keeps table names to [a-z0-9_]; the slug only guards the path against anything else.
            String file = dir + ContractKey.slug(table.name());
            files.add(new GeneratedFile(file + ".table.json", TreeText.json(table.tableInput())));
            table.openTableFormatInput().ifPresent(open -> files.add(new GeneratedFile(file + ".create-table.json",
                    TreeText.json(createTableRequest(settings.database(), table.tableInput(), open)))));
        }
        ObjectNode template = CloudFormationTemplate.of(contract, settings, database, tables);
        if (options.getBoolean(ETL_JOBS, false)) {
            ObjectNode resources = (ObjectNode) template.get("Resources");
            for (GlueEtlJobGenerator.CloudFormationJob job : new GlueEtlJobGenerator()
                    .cloudFormationJobs(contract, options)) {
                if (resources.has(job.logicalId())) {
                    throw new IllegalStateException("CloudFormation logical id " + job.logicalId() + " used twice");
                }
                resources.set(job.logicalId(), job.resource());
            }
        }
        files.add(new GeneratedFile("cloudformation/" + key + ".cfn.yaml", TreeText.yaml(template)));
        return List.copyOf(files);
    }

    /** The {@code DatabaseInput}: Name, Description (the server's), LocationUri, Parameters. */
    static ObjectNode databaseInput(Contract contract, GlueSettings settings) {
        ObjectNode input = TreeText.object();
        input.put("Name", settings.database());
        GlueText.description(settings.databaseDescription()).ifPresent(d -> input.put("Description", d));
        settings.databaseLocation().ifPresent(l -> input.put("LocationUri", l));
        ObjectNode parameters = input.putObject("Parameters");
        contract.domain().filter(d -> !d.isBlank()).ifPresent(d -> parameters.put(PARAM_DOMAIN, d));
        return input;
    }

    static GlueTable table(Contract contract, SchemaObject object, GlueSettings settings) {
        GlueFormat format = settings.format();
        String name = object.tableName().toLowerCase(Locale.ROOT);
        ObjectNode input = TreeText.object();
        input.put("Name", name);
        GlueText.description(object.description().or(object::businessName)).ifPresent(d -> input.put("Description", d));
        owner(contract).ifPresent(o -> input.put("Owner", o));
        input.put("TableType", TABLE_TYPE);
        parameters(contract, settings, input.putObject("Parameters"));
        List<SchemaProperty> columns = format.isIceberg() ? object.properties() : object.dataColumns();
        if (!format.isIceberg()) {
            columns(object.partitionKeys(), input.putArray("PartitionKeys"));
        }
        ObjectNode storage = input.putObject("StorageDescriptor");
        columns(columns, storage.putArray("Columns"));
        settings.tableLocation(name).ifPresent(l -> storage.put("Location", l));
        Optional<ObjectNode> open = Optional.empty();
        if (format.isIceberg()) {
            ObjectNode openInput = TreeText.object();
            ObjectNode iceberg = openInput.putObject("IcebergInput");
            iceberg.put("MetadataOperation", "CREATE");
            iceberg.put("Version", ICEBERG_VERSION);
            open = Optional.of(openInput);
        } else {
            storage.put("InputFormat", format.inputFormat());
            storage.put("OutputFormat", format.outputFormat());
            ObjectNode serde = storage.putObject("SerdeInfo");
            serde.put("SerializationLibrary", format.serializationLibrary());
            if (!format.serdeParameters().isEmpty()) {
                ObjectNode serdeParameters = serde.putObject("Parameters");
                format.serdeParameters().forEach(serdeParameters::put);
            }
        }
        return new GlueTable(name, object.tableName(), input, open);
    }

    /** The CreateTable request of an Iceberg table, without CatalogId (the caller's account by default). */
    static ObjectNode createTableRequest(String database, ObjectNode tableInput, ObjectNode openTableFormatInput) {
        ObjectNode request = TreeText.object();
        request.put("DatabaseName", database);
        request.set("TableInput", tableInput.deepCopy());
        request.set("OpenTableFormatInput", openTableFormatInput.deepCopy());
        return request;
    }

    /** The team's name, else its first member's username. */
    static Optional<String> owner(Contract contract) {
        Optional<String> owner = contract.team().flatMap(Team::name).filter(n -> !n.isBlank())
                .or(() -> contract.team().flatMap(t -> t.members().stream().map(Team.TeamMember::username)
                        .filter(u -> !u.isBlank()).findFirst()));
        return GlueText.singleLine(owner, GlueText.NAME_MAX);
    }

    private static void parameters(Contract contract, GlueSettings settings, ObjectNode parameters) {
        GlueFormat format = settings.format();
        if (!format.isIceberg()) {
            parameters.put("classification", format.id());
        }
        parameters.put("EXTERNAL", "TRUE");
        if (format.isIceberg()) {
            parameters.put("table_type", "ICEBERG");
        }
        if (format == GlueFormat.CSV && settings.csvHeader()) {
            parameters.put("skip.header.line.count", "1");
        }
        parameters.put(PARAM_CONTRACT_ID, contract.id());
        parameters.put(PARAM_CONTRACT_VERSION, contract.version());
        parameters.put(PARAM_CONTRACT_FINGERPRINT, contract.fingerprint());
        for (Map.Entry<String, Optional<String>> e : List.of(Map.entry(PARAM_DATA_PRODUCT, contract.dataProduct()),
                Map.entry(PARAM_DOMAIN, contract.domain()))) {
            e.getValue().filter(v -> !v.isBlank()).ifPresent(v -> parameters.put(e.getKey(), v));
        }
    }

    private static void columns(List<SchemaProperty> properties, ArrayNode out) {
        for (SchemaProperty property : properties) {
            ResolvedField field = TypeResolver.resolve(property);
            ObjectNode column = out.addObject();
            column.put("Name", field.glueName());
            column.put("Type", field.type().glueType());
            GlueText.comment(property.description().or(property::businessName)).ifPresent(c -> column.put("Comment", c));
        }
    }

    /**
     * One table's generated definitions; the nodes are owned by the generator run and not shared.
     *
     * @param name the Glue table name (lower case)
     * @param physicalName the table name as the contract writes it, for readable CloudFormation logical ids
     */
    record GlueTable(String name, String physicalName, ObjectNode tableInput,
            Optional<ObjectNode> openTableFormatInput) {}
}
