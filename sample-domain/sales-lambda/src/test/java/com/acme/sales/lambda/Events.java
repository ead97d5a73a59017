package com.acme.sales.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Synthetic API Gateway HTTP API (payload 2.0) events, as API Gateway sends them. */
final class Events {

    /** Keeps decimals exact when tests read the JSON. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private Events() {}

    /** {@code GET rawPath?rawQuery} on the {@code $default} route (routing by path). */
    static APIGatewayV2HTTPEvent get(String rawPath, String rawQuery) {
        return event("GET", rawPath, rawQuery, "$default", null);
    }

    /** A request API Gateway matched to {@code routeKey}, with its decoded path parameters. */
    static APIGatewayV2HTTPEvent routed(String routeKey, String rawPath, Map<String, String> pathParameters) {
        return event("GET", rawPath, "", routeKey, pathParameters);
    }

    static APIGatewayV2HTTPEvent event(String method, String rawPath, String rawQuery, String routeKey,
            Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("req-1").withRouteKey(routeKey).withStage("$default")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(rawPath)
                        .build())
                .build();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(routeKey).withRawPath(rawPath)
                .withRawQueryString(rawQuery).withPathParameters(pathParameters).withRequestContext(context).build();
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
