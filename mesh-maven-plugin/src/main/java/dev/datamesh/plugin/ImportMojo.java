package dev.datamesh.plugin;

import dev.datamesh.catalog.importer.AwsAccess;
import dev.datamesh.plugin.core.ImportCommand;
import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes draft contracts from what a domain already has: the tables of a Glue database
 * ({@code -Dmesh.from=glue -Dmesh.database=sales_pos}) or Avro schema files
 * ({@code -Dmesh.from=avro -Dmesh.source=src/main/avro}). Types, nullability, partition keys, comments and the
 * glue server are read from the source; owner, purpose and service levels are left as {@code TODO(mesh-import)}
 * placeholders that {@code mesh:validate} reports until they are filled in. Contracts go into the first entry of
 * {@code mesh.contracts} ({@code src/main/contracts} by default); an existing file is never replaced unless
 * {@code -Dmesh.overwrite=true}. Runs without a pom too:
 * {@code mvn dev.datamesh:mesh-maven-plugin:import -Dmesh.from=avro -Dmesh.source=schemas}.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public final class ImportMojo extends AbstractMeshMojo {

    /**
     * Where to import from: {@code glue} (the Glue Data Catalog) or {@code avro} ({@code .avsc} files).
     * Example: {@code -Dmesh.from=glue}.
     */
    @Parameter(property = "mesh.from")
    private String from;

    /** The Glue database to import (with {@code mesh.from=glue}), e.g. {@code sales_pos}. */
    @Parameter(property = "mesh.database")
    private String database;

    /**
     * The Glue tables to import, by name; all tables of the database when empty. A list of {@code <table>}
     * elements or one comma-separated value. Example: {@code -Dmesh.tables=pos_transactions,stores}.
     */
    @Parameter(property = "mesh.tables")
    private List<String> tables;

    /**
     * The Avro schemas to import (with {@code mesh.from=avro}): an {@code .avsc} file, or a directory whose
     * {@code .avsc} files (sub-folders too) are read together. Relative to the project's base directory (the
     * current directory without a pom), e.g. {@code src/main/avro}.
     */
    @Parameter(property = "mesh.source")
    private String source;

    /**
     * {@code database}: one contract for all imported tables (named after the Glue database or the source
     * directory); {@code table}: one contract per table. Default: {@code database} for Glue, {@code table} for
     * Avro. Example: {@code -Dmesh.importLayout=table}.
     */
    @Parameter(property = "mesh.importLayout")
    private String importLayout;

    /**
     * Replace contract files that exist already. Without it, an existing file stops the import.
     * Example: {@code -Dmesh.overwrite=true}.
     */
    @Parameter(property = "mesh.overwrite", defaultValue = "false")
    private boolean overwrite;

    /**
     * The domain of the imported contracts, e.g. {@code sales}. Default: the Glue database's {@code domain}
     * parameter, else the database name; for Avro the last part of the record's namespace.
     */
    @Parameter(property = "mesh.domain")
    private String domain;

    /**
     * The account id of the Glue Data Catalog to read, e.g. {@code 123456789012}. Default: the account of the
     * credentials.
     */
    @Parameter(property = "mesh.catalogId")
    private String catalogId;

    /**
     * An IAM role to assume before reading Glue, e.g. {@code arn:aws:iam::123456789012:role/mesh-reader}.
     * Credentials, region and endpoint otherwise come from the AWS SDK's standard chains ({@code AWS_PROFILE},
     * {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}).
     */
    @Parameter(property = "mesh.roleArn")
    private String roleArn;

    @Override
    protected String goal() {
        return "import";
    }

    @Override
    protected void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException {
        AwsAccess aws = AwsAccess.defaults().withCatalogId(catalogId).withRoleArn(roleArn);
        new ImportCommand(configuration, new ImportCommand.Settings(from, database, tables, source, importLayout,
                overwrite, domain, aws), log).run();
    }
}
