package dev.datamesh.catalog.model;

import java.util.Set;

/** The fields of Glue's input structures: what a read object is reduced to before it is compared or written back. */
public final class GlueFields {

    /** The fields of {@code DatabaseInput}. */
    public static final Set<String> DATABASE_INPUT = Set.of("Name", "Description", "LocationUri", "Parameters",
            "CreateTableDefaultPermissions", "TargetDatabase", "FederatedDatabase");

    /** The fields of {@code TableInput}. */
    public static final Set<String> TABLE_INPUT = Set.of("Name", "Description", "Owner", "LastAccessTime",
            "LastAnalyzedTime", "Retention", "StorageDescriptor", "PartitionKeys", "ViewOriginalText",
            "ViewExpandedText", "TableType", "Parameters", "TargetTable", "ViewDefinition");

    /** The fields of {@code JobUpdate} (a {@code CreateJob} request without {@code Name} and {@code Tags}). */
    public static final Set<String> JOB_UPDATE = Set.of("JobMode", "JobRunQueuingEnabled", "Description",
            "LogUri", "Role", "ExecutionProperty", "Command", "DefaultArguments", "NonOverridableArguments",
            "Connections", "MaxRetries", "AllocatedCapacity", "Timeout", "MaxCapacity", "WorkerType",
            "NumberOfWorkers", "SecurityConfiguration", "NotificationProperty", "GlueVersion",
            "CodeGenConfigurationNodes", "ExecutionClass", "SourceControlDetails", "MaintenanceWindow");

    private GlueFields() {}
}
