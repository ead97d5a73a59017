package com.acme.sales.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.sales.client.CannedServer.Answer;
import com.acme.sales.client.store_master.AwsSigV4Signer;
import com.acme.sales.client.store_master.StoreMasterClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** With the SigV4 signer, every request carries a signature that the AWS SDK computes the same way. */
class SigV4SignerTest {

    private static final AwsCredentialsIdentity CREDENTIALS =
            AwsCredentialsIdentity.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    private final CannedServer server = new CannedServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void requestsAreSignedForExecuteApi() {
        server.answer(Answer.json(200, "{\"items\": [], \"nextToken\": null}"));
        StoreMasterClient client = StoreMasterClient.builder().baseUri(server.baseUri())
                .signer(AwsSigV4Signer.create(() -> CREDENTIALS, "eu-west-1", AwsSigV4Signer.EXECUTE_API)).build();

        client.listStores(null, 10, null);

        CannedServer.Request request = server.requests().get(0);
        String authorization = request.header("Authorization");
        String date = request.header("X-Amz-Date");
        assertThat(authorization).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + date.substring(0, 8)
                + "/eu-west-1/execute-api/aws4_request, SignedHeaders=");
        assertThat(date).matches("[0-9]{8}T[0-9]{6}Z");
        assertThat(authorization).isEqualTo(expectedAuthorization(request, date));
    }

    /** Signs what the server received with the SDK at the request's own time: the same signature comes out. */
    private static String expectedAuthorization(CannedServer.Request request, String date) {
        String signedHeaders = request.header("Authorization").replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        SdkHttpRequest.Builder received = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(request.method()))
                .uri(java.net.URI.create("http://" + request.header("Host") + request.uri()));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().forEach(headers::put);
        for (String name : signedHeaders.split(";")) {
            if (!name.equals("x-amz-date") && !name.equals("host")) {
                received.putHeader(name, headers.get(name));
            }
        }
        Instant instant = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(date, Instant::from);
        return AwsV4HttpSigner.create().sign(r -> r.identity(CREDENTIALS).request(received.build())
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(instant, ZoneOffset.UTC)))
                .request().firstMatchingHeader("Authorization").orElseThrow();
    }
}
