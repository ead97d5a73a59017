package dev.datamesh.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Operations, names, info, servers and options of the OpenAPI generator. */
class OpenApiGeneratorTest {

    private static final String HEADER = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:test
            version: 1.0.0
            status: active
            """;

    private static OpenAPI build(String yaml) {
        return build(yaml, GeneratorOptions.DEFAULT);
    }

    private static OpenAPI build(String yaml, GeneratorOptions options) {
        return new OpenApiGenerator().build(TestContracts.parse(HEADER + yaml), OpenApiOptions.from(options));
    }

    private static List<String> parameterNames(Operation operation) {
        return operation.getParameters().stream().map(p -> p.getIn() + ":" + p.getName()).toList();
    }

    @Test
    void writesOneSpecNamedAfterTheContractKey() {
        Contract contract = TestContracts.parse(HEADER + "dataProduct: Point of Sale\nschema: []\n");

        List<GeneratedFile> files = new OpenApiGenerator().generate(contract, GeneratorOptions.DEFAULT);

        assertThat(new OpenApiGenerator().name()).isEqualTo("openapi");
        assertThat(files).extracting(GeneratedFile::path).containsExactly("openapi/point-of-sale.openapi.yaml");
        assertThat(SwaggerParser.parse(files.get(0).content()).getMessages()).isEmpty();
    }

    @Test
    void tableWithoutPrimaryKeyHasOnlyTheListOperation() {
        OpenAPI api = build("""
                schema:
                  - name: Daily Sales
                    physicalName: Daily_Sales
                    properties:
                      - {name: amount, logicalType: number}
                """);

        assertThat(api.getPaths()).containsOnlyKeys("/daily_sales");
        Operation list = api.getPaths().get("/daily_sales").getGet();
        assertThat(list.getOperationId()).isEqualTo("listDailySales");
        assertThat(list.getTags()).containsExactly("Daily Sales");
        assertThat(parameterNames(list)).containsExactly("query:limit", "query:nextToken");
        assertThat(list.getResponses()).containsOnlyKeys("200", "400", "403", "429", "500");
        assertThat(list.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/DailySalesPage");
    }

    @Test
    void compositeKeyIsOnePathSegmentPerColumnInKeyPositionOrder() {
        OpenAPI api = build("""
                schema:
                  - name: lines
                    properties:
                      - {name: line_no, logicalType: integer, required: true, primaryKey: true, primaryKeyPosition: 2}
                      - {name: sale_date, logicalType: date, required: true, partitioned: true, partitionKeyPosition: 1}
                      - {name: receipt, logicalType: string, required: true, primaryKey: true, primaryKeyPosition: 1}
                      - {name: region, logicalType: string, partitioned: true, partitionKeyPosition: 2}
                """);

        assertThat(api.getPaths()).containsOnlyKeys("/lines", "/lines/{receipt}/{line_no}");
        Operation get = api.getPaths().get("/lines/{receipt}/{line_no}").getGet();
        assertThat(get.getOperationId()).isEqualTo("getLines");
        assertThat(parameterNames(get)).containsExactly("path:receipt", "path:line_no");
        assertThat(get.getParameters()).allMatch(Parameter::getRequired);
        assertThat(get.getResponses()).containsOnlyKeys("200", "400", "403", "404", "429", "500");
        assertThat(get.getResponses().get("404").get$ref()).isEqualTo("#/components/responses/NotFound");
        assertThat(parameterNames(api.getPaths().get("/lines").getGet())).containsExactly("query:receipt",
                "query:line_no", "query:sale_date", "query:region", "query:limit", "query:nextToken");
    }

    @Test
    void aColumnBothKeyAndPartitionIsOneFilter() {
        OpenAPI api = build("""
                schema:
                  - name: t
                    properties:
                      - {name: day, logicalType: date, required: true, primaryKey: true, partitioned: true}
                """);

        assertThat(parameterNames(api.getPaths().get("/t").getGet()))
                .containsExactly("query:day", "query:limit", "query:nextToken");
        assertThat(api.getPaths()).containsOnlyKeys("/t", "/t/{day}");
    }

    @Test
    void nonScalarKeyColumnsGetNoFilterAndNoGet() {
        OpenAPI api = build("""
                schema:
                  - name: t
                    properties:
                      - name: k
                        logicalType: object
                        required: true
                        primaryKey: true
                        properties: [{name: a, logicalType: string}]
                """);

        assertThat(api.getPaths()).containsOnlyKeys("/t");
        assertThat(parameterNames(api.getPaths().get("/t").getGet())).containsExactly("query:limit", "query:nextToken");
    }

    @Test
    void columnsNamedLikeThePagingParametersAreRenamed() {
        OpenAPI api = build("""
                schema:
                  - name: t
                    properties:
                      - {name: limit, logicalType: integer, required: true, primaryKey: true}
                      - {name: "a/b{c}", logicalType: string, required: true, primaryKey: true, primaryKeyPosition: 2}
                """);

        assertThat(parameterNames(api.getPaths().get("/t").getGet()))
                .containsExactly("query:a_b_c_", "query:limit2", "query:limit", "query:nextToken");
        assertThat(api.getPaths()).containsOnlyKeys("/t", "/t/{a_b_c_}/{limit}");
    }

    @Test
    void componentPathAndOperationNamesAreUnique() {
        OpenAPI api = build("""
                schema:
                  - {name: error, properties: [{name: a, logicalType: string}]}
                  - {name: sales, properties: [{name: a, logicalType: string}]}
                  - {name: SALES, properties: [{name: a, logicalType: string}]}
                  - {name: sales_page, properties: [{name: a, logicalType: string}]}
                  - {name: 2024 sales, properties: [{name: a, logicalType: string}]}
                """);

        assertThat(api.getComponents().getSchemas().keySet()).containsExactly("Error2", "Error2Page", "Sales",
                "SalesPage2", "Sales2", "Sales2Page", "SalesPage", "SalesPagePage", "Table2024Sales",
                "Table2024SalesPage", "Error");
        assertThat(api.getPaths()).containsOnlyKeys("/error", "/sales", "/sales-2", "/sales_page", "/2024-sales");
        assertThat(api.getPaths().values()).extracting(p -> p.getGet().getOperationId()).containsExactly(
                "listError2", "listSales", "listSales2", "listSalesPage", "listTable2024Sales");
    }

    @Test
    void everyOperationIsALambdaProxyIntegrationBehindSigV4() {
        OpenAPI api = new OpenApiGenerator().build(TestContracts.resource("cpg-retail-sales.odcs.yaml"),
                OpenApiOptions.from(GeneratorOptions.DEFAULT.with(OpenApiOptions.LAMBDA_ARN,
                        "arn:aws:lambda:eu-west-1:123456789012:function:sales-api")));

        assertThat(api.getPaths()).hasSize(4);
        api.getPaths().forEach((path, item) -> {
            Operation operation = item.getGet();
            assertThat(operation.getExtensions()).as(path).containsExactly(Map.entry(
                    "x-amazon-apigateway-integration", Map.of("type", "aws_proxy", "httpMethod", "POST",
                            "uri", "arn:aws:lambda:eu-west-1:123456789012:function:sales-api",
                            "payloadFormatVersion", "2.0")));
            assertThat(operation.getSecurity()).as(path).singleElement(InstanceOfAssertFactories.map(String.class,
                    List.class)).containsExactly(Map.entry("sigv4", List.of()));
        });
        assertThat(api.getSecurity()).singleElement(InstanceOfAssertFactories.map(String.class, List.class))
                .containsExactly(Map.entry("sigv4", List.of()));
        assertThat(api.getComponents().getSecuritySchemes().get("sigv4").getExtensions())
                .isEqualTo(Map.of("x-amazon-apigateway-authtype", "awsSigv4"));
    }

    @Test
    void limitBoundsComeFromTheOptions() {
        OpenAPI api = build("schema: [{name: t, properties: [{name: a, logicalType: string}]}]\n",
                GeneratorOptions.of(Map.of(OpenApiOptions.MAX_LIMIT, "500", OpenApiOptions.DEFAULT_LIMIT, "50")));

        assertThat(OpenApiTypeMappingTest.yaml(api.getPaths().get("/t").getGet().getParameters().get(0)))
                .isEqualTo("""
                        name: limit
                        in: query
                        description: The largest number of rows to return.
                        required: false
                        schema:
                          maximum: 500
                          minimum: 1
                          type: integer
                          format: int32
                          default: 50
                        """);
    }

    @Test
    void serverIsTheApiLocationPlusBasePathElseRelative() {
        String api = "servers: [{server: s, type: api, location: 'https://api.example.com/v1/'}]\n";
        GeneratorOptions sales = GeneratorOptions.DEFAULT.with(OpenApiOptions.BASE_PATH, "sales/");

        assertThat(build(api).getServers().get(0).getUrl()).isEqualTo("https://api.example.com/v1");
        assertThat(build(api, sales).getServers().get(0).getUrl()).isEqualTo("https://api.example.com/v1/sales");
        assertThat(build("schema: []\n").getServers().get(0).getUrl()).isEqualTo("/");
        assertThat(build("schema: []\n", sales).getServers().get(0).getUrl()).isEqualTo("/sales");
        assertThat(build("servers: [{server: s, type: api, location: 'not a url'}]\n").getServers().get(0).getUrl())
                .isEqualTo("/");
    }

    @Test
    void infoComesFromNameDescriptionTeamAndSupport() {
        OpenAPI api = build("""
                name: pos
                description: {purpose: Sales., usage: Planning., limitations: Late returns.}
                team: {name: Sales Data}
                support:
                  - {channel: a, url: 'mailto:not an address'}
                  - {channel: b, url: 'ftp://files.example.com'}
                  - {channel: c, url: 'https://help.example.com'}
                  - {channel: d, url: 'mailto:sales@example.com'}
                """);

        assertThat(OpenApiTypeMappingTest.yaml(api.getInfo())).isEqualTo("""
                title: pos
                description: |-
                  Sales.

                  Usage: Planning.

                  Limitations: Late returns.
                contact:
                  name: Sales Data
                  url: https://help.example.com
                  email: sales@example.com
                version: "1.0.0"
                x-contract-id: urn:test
                """);
        assertThat(build("schema: []\n").getInfo().getTitle()).isEqualTo("urn:test");
        assertThat(build("schema: []\n").getInfo().getContact()).isNull();
    }

    @Test
    void rejectsBadOptionsNamingTheOption() {
        Contract contract = TestContracts.parse(HEADER + "schema: []\n");
        OpenApiGenerator generator = new OpenApiGenerator();

        assertThatThrownBy(() -> generator.generate(contract, GeneratorOptions.DEFAULT
                .with(OpenApiOptions.BASE_PATH, "/sales api"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option openapi.basePath must be a URL path such as /sales, not '/sales api'");
        assertThatThrownBy(() -> generator.generate(contract, GeneratorOptions.DEFAULT
                .with(OpenApiOptions.MAX_LIMIT, "0"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option openapi.maxLimit must be at least 1, not 0");
        assertThatThrownBy(() -> generator.generate(contract, GeneratorOptions.of(Map.of(
                OpenApiOptions.MAX_LIMIT, "10", OpenApiOptions.DEFAULT_LIMIT, "20"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option openapi.defaultLimit must be between 1 and openapi.maxLimit (10), not 20");
        assertThatThrownBy(() -> generator.generate(contract, GeneratorOptions.DEFAULT
                .with(OpenApiOptions.MAX_LIMIT, "many"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option openapi.maxLimit must be a whole number, not 'many'");
    }

    @Test
    void smallerMaxLimitLowersTheDefaultLimit() {
        assertThat(OpenApiOptions.from(GeneratorOptions.DEFAULT.with(OpenApiOptions.MAX_LIMIT, "20")))
                .isEqualTo(new OpenApiOptions("", 20, 20, "${LambdaFunctionArn}"));
        assertThat(OpenApiOptions.from(GeneratorOptions.DEFAULT))
                .isEqualTo(new OpenApiOptions("", 1000, 100, "${LambdaFunctionArn}"));
    }
}
