package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratorOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.WorkerType;

/** The {@code glueEtl.*} options: defaults, their effect on the job, and exact messages for invalid values. */
class GlueEtlOptionsTest {

    private static final Contract CONTRACT =
            EtlTestContracts.withProperties(Map.of("name", "a", "logicalType", "string"));

    private final GlueEtlJobGenerator generator = new GlueEtlJobGenerator();

    @Test
    void defaults() {
        GlueEtlOptions options = GlueEtlOptions.from(GeneratorOptions.DEFAULT);
        assertThat(options).isEqualTo(new GlueEtlOptions("5.0", "G.1X", 2, 60, "fail",
                "s3://<assets-bucket>/scripts/", "arn:aws:iam::<account-id>:role/<glue-job-role>"));
    }

    @Test
    void optionsShapeTheJob() {
        GeneratorOptions options = GeneratorOptions.of(Map.of("glueEtl.glueVersion", "4.0",
                "glueEtl.workerType", "G.2X", "glueEtl.numberOfWorkers", "10", "glueEtl.timeout", "120",
                "glueEtl.dqFailureAction", "Quarantine", "glueEtl.scriptLocation", "s3://acme-glue/etl",
                "glueEtl.role", "arn:aws:iam::123456789012:role/sales-etl"));
        String json = generator.generate(CONTRACT, options).stream().filter(f -> f.path().endsWith(".job.json"))
                .findFirst().orElseThrow().content();
        CreateJobRequest job = GlueSdk.createJobRequest(json);
        assertThat(job.glueVersion()).isEqualTo("4.0");
        assertThat(job.workerType()).isEqualTo(WorkerType.G_2_X);
        assertThat(job.numberOfWorkers()).isEqualTo(10);
        assertThat(job.timeout()).isEqualTo(120);
        assertThat(job.role()).isEqualTo("arn:aws:iam::123456789012:role/sales-etl");
        assertThat(job.command().scriptLocation()).isEqualTo("s3://acme-glue/etl/pos-sales/t.py");
        assertThat(job.defaultArguments()).containsEntry("--dq_failure_action", "quarantine")
                .containsEntry("--quarantine_path", "s3://acme-glue/quarantine/pos-sales/t/")
                .containsEntry("--target_database", "<glue-database>").containsEntry("--target_table", "t");
    }

    @Test
    void everyWorkerTypeIsOneTheSdkKnows() {
        for (String type : GlueEtlOptions.WORKER_TYPES) {
            assertThat(WorkerType.fromValue(type)).as(type).isNotEqualTo(WorkerType.UNKNOWN_TO_SDK_VERSION);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            glueEtl.glueVersion     | 3.0       | option glueEtl.glueVersion must be 4.0 or 5.x (e.g. 5.0), not '3.0'
            glueEtl.workerType      | G.025X    | option glueEtl.workerType must be one of G.1X, G.2X, G.4X, G.8X, G.12X, G.16X, R.1X, R.2X, R.4X, R.8X, not 'G.025X'
            glueEtl.numberOfWorkers | 1         | option glueEtl.numberOfWorkers must be a whole number from 2 to 100000, not '1'
            glueEtl.numberOfWorkers | two       | option glueEtl.numberOfWorkers must be a whole number from 2 to 100000, not 'two'
            glueEtl.timeout         | 0         | option glueEtl.timeout must be a whole number from 1 to 10080, not '0'
            glueEtl.timeout         | 10081     | option glueEtl.timeout must be a whole number from 1 to 10080, not '10081'
            glueEtl.dqFailureAction | drop      | option glueEtl.dqFailureAction must be fail, quarantine or warn, not 'drop'
            glueEtl.scriptLocation  | /scripts/ | option glueEtl.scriptLocation must be an S3 prefix such as s3://my-bucket/glue/scripts/, not '/scripts/'
            glueEtl.role            | my role   | option glueEtl.role must be an IAM role name or ARN without spaces, e.g. arn:aws:iam::123456789012:role/glue-etl, not 'my role'
            """)
    void invalidValuesNameTheOptionAndTheAllowedValues(String key, String value, String message) {
        GeneratorOptions options = GeneratorOptions.of(Map.of(key, value));
        assertThatThrownBy(() -> generator.generate(CONTRACT, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> generator.cloudFormationJobs(CONTRACT, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
