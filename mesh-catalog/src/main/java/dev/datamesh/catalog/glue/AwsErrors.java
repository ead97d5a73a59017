package dev.datamesh.catalog.glue;

import dev.datamesh.catalog.CatalogException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns AWS SDK failures into {@link CatalogException}s that say which call failed on which resource, how to fix it
 * and whether running register again resumes. Messages carry the AWS error code, message and request id, never a
 * credential.
 */
final class AwsErrors {

    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestThrottledException", "TooManyRequestsException", "ProvisionedThroughputExceededException",
            "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded", "SlowDown",
            "RequestThrottled", "PriorRequestNotComplete", "EC2ThrottledException");
    private static final Set<String> INVALID = Set.of("InvalidInputException", "ValidationException",
            "InvalidParameterValueException", "InvalidParameterException");

    private AwsErrors() {}

    /**
     * @param action the IAM action of the call, e.g. {@code glue:CreateTable}
     * @param resource what it was about, e.g. {@code table sales.pos_transactions}
     * @param maxAttempts how often the SDK tried, for the message about throttling
     */
    static CatalogException wrap(SdkException e, String action, String resource, String catalog, int maxAttempts) {
        String where = " " + action + " on " + resource + " in " + catalog;
        if (e instanceof AwsServiceException service) {
            boolean details = service.awsErrorDetails() != null;
            String code = details ? nullToEmpty(service.awsErrorDetails().errorCode()) : "";
            String message = details ? nullToEmpty(service.awsErrorDetails().errorMessage()) : "";
            String detail = " (HTTP " + service.statusCode() + (code.isEmpty() ? "" : " " + code)
                    + (message.isEmpty() ? "" : ": " + oneLine(message))
                    + (service.requestId() == null ? "" : ", request id " + service.requestId()) + ")";
            if (code.contains("AccessDenied") || service.statusCode() == 403 || code.equals("UnauthorizedOperation")) {
                return new CatalogException("Access denied:" + where + detail + ".", resource,
                        "grant " + action + " to the identity that registers (the role of mesh.roleArn, or else "
                        + "the AWS_PROFILE / environment credentials)" + lakeFormationNote(action) + ", then run "
                        + "register again: it resumes where this run stopped.", true, e);
            }
            if (code.contains("ExpiredToken") || code.equals("InvalidClientTokenId")
                    || code.equals("UnrecognizedClientException") || code.equals("InvalidSignatureException")
                    || code.equals("SignatureDoesNotMatch")) {
                return new CatalogException("AWS rejected the credentials for" + where + detail + ".", resource,
                        "renew the credentials (aws sso login, or a fresh AWS_PROFILE / environment credentials), "
                        + "then run register again.", true, e);
            }
            if (service.isThrottlingException() || THROTTLING.contains(code)) {
                return new CatalogException("AWS throttled" + where + " on all " + maxAttempts + " attempts"
                        + detail + ".", resource, "run register again in a few minutes: it resumes where this run "
                        + "stopped; or allow more attempts (maxAttempts) or the ADAPTIVE_V2 retry mode (retryMode).",
                        true, e);
            }
            if (service.statusCode() >= 500) {
                return new CatalogException("AWS failed" + where + " on all " + maxAttempts + " attempts" + detail
                        + ".", resource, "run register again: it resumes where this run stopped.", true, e);
            }
            if (code.equals("ResourceNumberLimitExceededException") || code.contains("LimitExceeded")) {
                return new CatalogException("An AWS quota stopped" + where + detail + ".", resource,
                        "raise the quota in the Service Quotas console or remove unused resources, then run register "
                        + "again.", true, e);
            }
            if (INVALID.contains(code)) {
                return new CatalogException("AWS rejected" + where + detail + ".", resource,
                        "check the contract values named in the message; run mesh:generate again so that the "
                        + "generated definitions match the contracts.", false, e);
            }
            return new CatalogException("AWS refused" + where + detail + ".", resource,
                    "run register again: it reads the catalog afresh and plans from what it holds now.", true, e);
        }
        if (e instanceof SdkClientException) {
            String message = oneLine(nullToEmpty(e.getMessage()));
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("unable to load credentials") || lower.contains("credentials")
                    && lower.contains("provider")) {
                return new CatalogException("No AWS credentials for" + where + ": " + message, resource,
                        "set AWS_PROFILE (and run aws sso login for SSO profiles) or the AWS_ACCESS_KEY_ID and "
                        + "AWS_SECRET_ACCESS_KEY environment variables, then run register again.", true, e);
            }
            if (lower.contains("unable to load region") || lower.contains("region")
                    && lower.contains("provider chain")) {
                return new CatalogException("No AWS region for" + where + ".", resource,
                        "set the AWS_REGION environment variable or the region of the AWS profile.", false, e);
            }
            return new CatalogException("Could not call" + where + ": " + message, resource,
                    "check the network and the endpoint (AWS_ENDPOINT_URL, if set), then run register again: it "
                    + "resumes where this run stopped.", true, e);
        }
        return new CatalogException("AWS SDK failure in" + where + ": " + oneLine(nullToEmpty(e.getMessage())),
                resource, "run register again: it resumes where this run stopped.", true, e);
    }

    private static String lakeFormationNote(String action) {
        return action.startsWith("lakeformation:") && action.contains("LFTag")
                ? ", and let it use the LF-tags in Lake Formation (as a data lake administrator, or with ASSOCIATE "
                + "and DESCRIBE on them)" : "";
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 500 ? line.substring(0, 497) + "..." : line;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
