package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.catalog.CatalogException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.lakeformation.model.LakeFormationException;

class AwsErrorsTest {

    private static final String CATALOG = "glue:eu-west-1:123456789012";

    @Test
    void accessDeniedOnAnLfTagCallAlsoNamesTheLakeFormationPermission() {
        LakeFormationException denied = (LakeFormationException) LakeFormationException.builder().statusCode(400)
                .requestId("req-1").awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException")
                        .errorMessage("Insufficient Lake Formation permission(s) on classification").build())
                .build();

        CatalogException e = AwsErrors.wrap(denied, "lakeformation:AddLFTagsToResource",
                "lf-tags on column sales.pos.customer_id", CATALOG, 5);

        assertThat(e.getMessage()).isEqualTo("Access denied: lakeformation:AddLFTagsToResource on lf-tags on column "
                + "sales.pos.customer_id in glue:eu-west-1:123456789012 (HTTP 400 AccessDeniedException: "
                + "Insufficient Lake Formation permission(s) on classification, request id req-1).");
        assertThat(e.hint()).isEqualTo("grant lakeformation:AddLFTagsToResource to the identity that registers (the "
                + "role of mesh.roleArn, or else the AWS_PROFILE / environment credentials), and let it use the "
                + "LF-tags in Lake Formation (as a data lake administrator, or with ASSOCIATE and DESCRIBE on them), "
                + "then run register again: it resumes where this run stopped.");
        assertThat(e.resumable()).isTrue();
        assertThat(e.getCause()).isSameAs(denied);
    }

    @Test
    void serverErrorsThatOutlastTheRetriesSayHowOftenItWasTried() {
        GlueException unavailable = (GlueException) GlueException.builder().statusCode(503)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ServiceUnavailableException").build()).build();

        CatalogException e = AwsErrors.wrap(unavailable, "glue:UpdateTable", "table sales.pos", CATALOG, 8);

        assertThat(e.getMessage()).isEqualTo("AWS failed glue:UpdateTable on table sales.pos in "
                + "glue:eu-west-1:123456789012 on all 8 attempts (HTTP 503 ServiceUnavailableException).");
        assertThat(e.hint()).isEqualTo("run register again: it resumes where this run stopped.");
        assertThat(e.resumable()).isTrue();
    }

    @Test
    void aRejectedDefinitionDoesNotResumeByRunningAgain() {
        GlueException invalid = (GlueException) GlueException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidInputException")
                        .errorMessage("Column type\n decimal(40,2) is invalid").build()).build();

        CatalogException e = AwsErrors.wrap(invalid, "glue:CreateTable", "table sales.pos", CATALOG, 8);

        assertThat(e.getMessage()).isEqualTo("AWS rejected glue:CreateTable on table sales.pos in "
                + "glue:eu-west-1:123456789012 (HTTP 400 InvalidInputException: Column type decimal(40,2) is "
                + "invalid).");
        assertThat(e.resumable()).isFalse();
    }

    @Test
    void missingCredentialsSayWhereTheSdkLooksForThem() {
        SdkClientException missing = SdkClientException.create("Unable to load credentials from any of the "
                + "providers in the chain AwsCredentialsProviderChain(credentialsProviders=[...])");

        CatalogException e = AwsErrors.wrap(missing, "sts:GetCallerIdentity", "the caller's account",
                "region eu-west-1", 8);

        assertThat(e.getMessage()).startsWith("No AWS credentials for sts:GetCallerIdentity on the caller's account "
                + "in region eu-west-1: Unable to load credentials");
        assertThat(e.hint()).isEqualTo("set AWS_PROFILE (and run aws sso login for SSO profiles) or the "
                + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, then run register again.");
    }

    @Test
    void anUnreachableEndpointPointsAtTheNetworkAndTheEndpointSetting() {
        SdkClientException refused = SdkClientException.create("Unable to execute HTTP request: Connection refused");

        CatalogException e = AwsErrors.wrap(refused, "glue:GetDatabase", "database sales", CATALOG, 8);

        assertThat(e.getMessage()).isEqualTo("Could not call glue:GetDatabase on database sales in "
                + "glue:eu-west-1:123456789012: Unable to execute HTTP request: Connection refused");
        assertThat(e.hint()).isEqualTo("check the network and the endpoint (AWS_ENDPOINT_URL, if set), then run "
                + "register again: it resumes where this run stopped.");
        assertThat(e.resumable()).isTrue();
    }
}
