import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.Map;

/**
 * One cold start, as the Lambda runtime does it: load the handler class by name, construct it, hand it the first
 * event. Prints the wall-clock time (epoch nanoseconds) when the first response is back, and the response.
 */
public final class ColdStart {

    private ColdStart() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[0])
                        .getConstructor().newInstance();
        String routeKey = "GET /pos_transactions/{transaction_id}/{line_number}";
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(routeKey)
                .withRawPath("/pos_transactions/S0007-R03-20250301-000124/1").withRawQueryString("")
                .withPathParameters(Map.of("transaction_id", "S0007-R03-20250301-000124", "line_number", "1"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("bench")
                        .withRouteKey(routeKey).withStage("$default").build())
                .build();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        Instant done = Instant.now();
        System.out.println((done.getEpochSecond() * 1_000_000_000L + done.getNano()) + " "
                + response.getStatusCode() + " " + response.getBody());
    }
}
