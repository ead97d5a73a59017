package dev.datamesh.generator.etl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code glue-etl} generator: per schema object a Glue 5.x PySpark job at
 * {@code glue-etl/<contract key>/<table>.py}, its DQDL ruleset ({@code <table>.dqdl}) and its {@code CreateJob}
 * request ({@code <table>.job.json}, for {@code aws glue create-job --cli-input-json}).
 *
 * <p>The script keeps the producer's transformation code across regenerations: {@link #mergeWithExisting} copies
 * the region between the {@link UserRegions} markers from the file on disk.
 *
 * <p>Options: {@value GlueEtlOptions#GLUE_VERSION} (4.0 or 5.x, default 5.0), {@value GlueEtlOptions#WORKER_TYPE}
 * (default G.1X), {@value GlueEtlOptions#NUMBER_OF_WORKERS} (default 2), {@value GlueEtlOptions#TIMEOUT} (minutes,
 * default 60), {@value GlueEtlOptions#DQ_FAILURE_ACTION} ({@code fail}, {@code quarantine} or {@code warn}; default
 * fail), {@value GlueEtlOptions#SCRIPT_LOCATION} (S3 prefix the scripts are uploaded to, default a placeholder) and
 * {@value GlueEtlOptions#ROLE} (the job's IAM role, default a placeholder ARN).
 */
public final class GlueEtlJobGenerator implements Generator {

    /** The CloudFormation resource type of a job. */
    public static final String JOB_RESOURCE_TYPE = "AWS::Glue::Job";

    private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** A job of a contract as a CloudFormation resource, for the contract's template. */
    public record CloudFormationJob(String logicalId, ObjectNode resource) {

        public CloudFormationJob {
            Objects.requireNonNull(logicalId, "logicalId == null");
            resource = resource.deepCopy();
        }

        /** A copy of the resource ({@code Type} and {@code Properties}), so that this value stays unchanged. */
        @Override
        public ObjectNode resource() {
            return resource.deepCopy();
        }
    }

    @Override
    public String name() {
        return "glue-etl";
    }

    /**
     * @throws IllegalArgumentException for an invalid {@code glueEtl.*} option, or a table or column name that is
     *     no Glue name
     */
    @Override
    public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
        GlueEtlOptions etl = GlueEtlOptions.from(options);
        String key = ContractKey.of(contract);
        boolean iceberg = GlueJobDefinition.isIceberg(contract);
        List<GeneratedFile> files = new ArrayList<>();
        for (EtlTable table : tables(contract)) {
            String base = "glue-etl/" + key + "/" + table.name();
            String ruleset = DqdlRuleset.of(contract, table);
            files.add(new GeneratedFile(base + ".py", PySparkJobScript.of(contract, key, table, ruleset, iceberg)));
            files.add(new GeneratedFile(base + ".dqdl", ruleset));
            files.add(new GeneratedFile(base + ".job.json", json(GlueJobDefinition.of(contract, key, table, etl))));
        }
        return List.copyOf(files);
    }

    /** Keeps the producer's transformation code of an existing script; other files are replaced. */
    @Override
    public String mergeWithExisting(GeneratedFile generated, String existing) {
        return generated.path().endsWith(".py") ? UserRegions.merge(generated.content(), existing)
                : generated.content();
    }

    /**
     * The jobs of a contract as {@value #JOB_RESOURCE_TYPE} resources, one per schema object, in contract order;
     * logical ids are {@code <Table>EtlJob} in PascalCase, unique within the contract.
     */
    public List<CloudFormationJob> cloudFormationJobs(Contract contract, GeneratorOptions options) {
        GlueEtlOptions etl = GlueEtlOptions.from(options);
        String key = ContractKey.of(contract);
        Set<String> taken = new HashSet<>();
        List<CloudFormationJob> jobs = new ArrayList<>();
        for (EtlTable table : tables(contract)) {
            ObjectNode resource = JsonNodeFactory.instance.objectNode();
            resource.put("Type", JOB_RESOURCE_TYPE);
            resource.set("Properties", GlueJobDefinition.of(contract, key, table, etl));
            String base = pascalCase(table.name()) + "EtlJob";
            String logicalId = base;
            for (int i = 2; !taken.add(logicalId.toLowerCase(Locale.ROOT)); i++) {
                logicalId = base + i;
            }
            jobs.add(new CloudFormationJob(logicalId, resource));
        }
        return List.copyOf(jobs);
    }

    private static List<EtlTable> tables(Contract contract) {
        Set<String> names = new HashSet<>();
        List<EtlTable> tables = new ArrayList<>();
        for (SchemaObject schemaObject : contract.schema()) {
            EtlTable table = EtlTable.of(schemaObject);
            if (!names.add(table.name())) {
                throw new IllegalArgumentException("Two schema objects have the table name '" + table.name()
                        + "'; give one of them another 'physicalName'.");
            }
            tables.add(table);
        }
        return tables;
    }

    /** {@code pos_transactions} becomes {@code PosTransactions}; a leading digit gets a {@code T} prefix. */
    private static String pascalCase(String glueName) {
        StringBuilder out = new StringBuilder();
        for (String word : glueName.split("_")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        String id = out.isEmpty() ? "Table" : out.toString();
        return Character.isDigit(id.charAt(0)) ? "T" + id : id;
    }

    private static String json(ObjectNode node) {
        try {
            return JSON_WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
