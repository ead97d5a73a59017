package dev.datamesh.generator.etl;

import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validated {@code glueEtl.*} options of the {@code glue-etl} generator.
 *
 * @param scriptLocation S3 prefix of the uploaded scripts, ending in {@code /}
 * @param timeout job timeout in minutes
 */
record GlueEtlOptions(String glueVersion, String workerType, int numberOfWorkers, int timeout,
        String dqFailureAction, String scriptLocation, String role) {

    static final String GLUE_VERSION = "glueEtl.glueVersion";
    static final String WORKER_TYPE = "glueEtl.workerType";
    static final String NUMBER_OF_WORKERS = "glueEtl.numberOfWorkers";
    static final String TIMEOUT = "glueEtl.timeout";
    static final String DQ_FAILURE_ACTION = "glueEtl.dqFailureAction";
    static final String SCRIPT_LOCATION = "glueEtl.scriptLocation";
    static final String ROLE = "glueEtl.role";

    static final String DEFAULT_SCRIPT_LOCATION = "s3://<assets-bucket>/scripts/";
    static final String DEFAULT_ROLE = "arn:aws:iam::<account-id>:role/<glue-job-role>";

    /** Worker types of Glue Spark jobs ({@code G.025X} is for streaming, {@code Z.2X} for Ray, Standard is gone). */
    static final List<String> WORKER_TYPES = List.of("G.1X", "G.2X", "G.4X", "G.8X", "G.12X", "G.16X", "R.1X",
            "R.2X", "R.4X", "R.8X");
    static final List<String> FAILURE_ACTIONS = List.of("fail", "quarantine", "warn");
    /** Glue's limit for batch jobs: 7 days. */
    static final int MAX_TIMEOUT = 10_080;

    private static final Pattern GLUE_VERSIONS = Pattern.compile("4\\.0|5\\.\\d{1,2}");
    private static final Pattern S3_PREFIX = Pattern.compile("s3://([^/\\s]+)/(\\S*)");
    private static final Pattern ROLE_TEXT = Pattern.compile("\\S{1,2048}");

    static GlueEtlOptions from(GeneratorOptions options) {
        String glueVersion = options.get(GLUE_VERSION, "5.0");
        if (!GLUE_VERSIONS.matcher(glueVersion).matches()) {
            throw invalid(GLUE_VERSION, glueVersion, "4.0 or 5.x (e.g. 5.0)");
        }
        String workerType = options.get(WORKER_TYPE, "G.1X");
        if (!WORKER_TYPES.contains(workerType)) {
            throw invalid(WORKER_TYPE, workerType, "one of " + String.join(", ", WORKER_TYPES));
        }
        int workers = whole(options, NUMBER_OF_WORKERS, 2, 2, 100_000);
        int timeout = whole(options, TIMEOUT, 60, 1, MAX_TIMEOUT);
        String action = options.get(DQ_FAILURE_ACTION, "fail").toLowerCase(Locale.ROOT);
        if (!FAILURE_ACTIONS.contains(action)) {
            throw invalid(DQ_FAILURE_ACTION, options.get(DQ_FAILURE_ACTION, ""), "fail, quarantine or warn");
        }
        String scriptLocation = options.get(SCRIPT_LOCATION, DEFAULT_SCRIPT_LOCATION);
        if (!S3_PREFIX.matcher(scriptLocation).matches()) {
            throw invalid(SCRIPT_LOCATION, scriptLocation, "an S3 prefix such as s3://my-bucket/glue/scripts/");
        }
        String role = options.get(ROLE, DEFAULT_ROLE);
        if (!ROLE_TEXT.matcher(role).matches()) {
            throw invalid(ROLE, role, "an IAM role name or ARN without spaces, e.g. arn:aws:iam::123456789012:role/"
                    + "glue-etl");
        }
        return new GlueEtlOptions(glueVersion, workerType, workers, timeout, action,
                scriptLocation.endsWith("/") ? scriptLocation : scriptLocation + "/", role);
    }

    /** The bucket of the script location, where quarantined rows go by default. */
    String assetsBucket() {
        Matcher matcher = S3_PREFIX.matcher(scriptLocation);
        if (!matcher.matches()) {
            throw new IllegalStateException(scriptLocation);
        }
        return matcher.group(1);
    }

    private static int whole(GeneratorOptions options, String key, int defaultValue, int min, int max) {
        String text = options.get(key).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, text, "a whole number from " + min + " to " + max);
    }

    private static IllegalArgumentException invalid(String key, String value, String allowed) {
        return new IllegalArgumentException("option " + key + " must be " + allowed + ", not '" + value + "'");
    }
}
