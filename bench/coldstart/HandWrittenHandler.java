import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * The baseline of the cold-start benchmark: what a developer would write by hand for GET
 * /pos_transactions/{transaction_id}/{line_number} with the same fast-start choices (URL-connection client, one
 * static client, Jackson streaming) and no checks beyond the minimum.
 */
public final class HandWrittenHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] COLUMNS = {"sale_date", "transaction_id", "line_number", "sold_at", "store_id",
        "sku", "quantity", "unit_price", "discount_amount", "net_amount", "tax_amount", "currency_code",
        "payment_method", "promotion_id", "customer_loyalty_id", "ingested_at"};
    private final AthenaClient athena = AthenaClient.builder().httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(System.getenv("AWS_REGION")))
            .credentialsProvider(EnvironmentVariableCredentialsProvider.create()).build();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, String> path = event.getPathParameters();
        String id = athena.startQueryExecution(r -> r
                .queryString("SELECT * FROM \"pos_transactions\" WHERE \"transaction_id\" = ? AND \"line_number\" = ?"
                        + " LIMIT 1")
                .executionParameters("'" + path.get("transaction_id").replace("'", "''") + "'",
                        Integer.toString(Integer.parseInt(path.get("line_number"))))
                .workGroup("primary").queryExecutionContext(c -> c.database("sales_pos"))).queryExecutionId();
        while (athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution().status().state()
                != QueryExecutionState.SUCCEEDED) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<Row> rows = athena.getQueryResults(r -> r.queryExecutionId(id)).resultSet().rows();
        APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
        response.setHeaders(Map.of("content-type", "application/json"));
        if (rows.size() < 2) {
            response.setStatusCode(404);
            response.setBody("{\"code\":\"NOT_FOUND\",\"message\":\"No such row.\"}");
            return response;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            List<Datum> data = rows.get(1).data();
            for (int i = 0; i < COLUMNS.length; i++) {
                String value = data.get(i).varCharValue();
                json.writeFieldName(COLUMNS[i]);
                if (value == null) {
                    json.writeNull();
                } else if (i == 2 || i == 6) {
                    json.writeNumber(Integer.parseInt(value));
                } else if (i >= 7 && i <= 10) {
                    json.writeNumber(new BigDecimal(value));
                } else {
                    json.writeString(value);
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.setStatusCode(200);
        response.setBody(out.toString());
        return response;
    }
}
