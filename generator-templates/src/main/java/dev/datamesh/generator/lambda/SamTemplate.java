package dev.datamesh.generator.lambda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Server;
import dev.datamesh.generator.glue.TreeText;
import java.util.Locale;
import java.util.Optional;

/**
 * The SAM template of one API: an HTTP API with IAM (SigV4) authorisation routing the spec's operations to the
 * function, the function, a generated page-token key, and a least-privilege role (Athena queries in one
 * workgroup, Glue reads of the product's database and tables, S3 reads of its data and the query results, Lake
 * Formation data access). Intrinsics use the long form, so the text is plain YAML.
 */
final class SamTemplate {

    private SamTemplate() {}

    /** Where the contract says the data is: bucket and key prefix of an {@code s3://} location. */
    record S3Location(String bucket, String prefix) {
        static Optional<S3Location> parse(Optional<String> uri) {
            return uri.map(String::trim).filter(u -> u.startsWith("s3://") && u.length() > 5).map(u -> {
                String rest = u.substring(5);
                int slash = rest.indexOf('/');
                return slash < 0 ? new S3Location(rest, "") : new S3Location(rest.substring(0, slash),
                        rest.substring(slash + 1));
            }).filter(l -> !l.bucket().isEmpty());
        }
    }

    static String database(Contract contract) {
        return contract.server("glue").flatMap(Server::database)
                .or(() -> contract.server("athena").flatMap(s -> s.attribute("schema")))
                .orElse(JavaNames.packageSegment(contract.id()));
    }

    static Optional<S3Location> dataLocation(Contract contract) {
        return S3Location.parse(contract.server("glue").flatMap(Server::location)
                .or(() -> contract.server("s3").flatMap(Server::location)));
    }

    static Optional<String> outputLocation(Contract contract) {
        return contract.server("athena").flatMap(s -> s.attribute("stagingDir"));
    }

    static String of(ApiModel model, LambdaOptions options) {
        Contract contract = model.contract();
        ObjectNode template = TreeText.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Transform", "AWS::Serverless-2016-10-31");
        template.put("Description", "Read API of data product "
                + contract.dataProduct().orElse(contract.id()) + " (contract " + contract.id() + " "
                + contract.version() + "): HTTP API with IAM auth, Lambda handler over Athena.");

        Optional<S3Location> data = dataLocation(contract);
        Optional<S3Location> results = S3Location.parse(outputLocation(contract));
        ObjectNode parameters = template.putObject("Parameters");
        parameter(parameters, "GlueDatabase", Optional.of(database(contract)), "The Glue database of the tables.");
        parameter(parameters, "AthenaWorkGroup", Optional.of("primary"), "The Athena workgroup the queries run in.");
        parameter(parameters, "DataBucket", data.map(S3Location::bucket), "The S3 bucket of the tables' data.");
        parameter(parameters, "DataPrefix", data.map(S3Location::prefix),
                "The key prefix of the tables' data in DataBucket.");
        parameter(parameters, "ResultsBucket", results.map(S3Location::bucket),
                "The S3 bucket of Athena's query results.");
        parameter(parameters, "ResultsPrefix", results.map(S3Location::prefix),
                "The key prefix of Athena's query results in ResultsBucket.");

        ObjectNode resources = template.putObject("Resources");
        ObjectNode api = resources.putObject("Api");
        api.put("Type", "AWS::Serverless::HttpApi");
        ObjectNode apiProperties = api.putObject("Properties");
        ObjectNode auth = apiProperties.putObject("Auth");
        auth.put("EnableIamAuthorizer", true);
        auth.put("DefaultAuthorizer", "AWS_IAM");

        ObjectNode key = resources.putObject("PageTokenKey");
        key.put("Type", "AWS::SecretsManager::Secret");
        ObjectNode keyProperties = key.putObject("Properties");
        keyProperties.put("Description", "Signs the API's page tokens (HMAC-SHA256).");
        ObjectNode generate = keyProperties.putObject("GenerateSecretString");
        generate.put("PasswordLength", 48);
        generate.put("ExcludePunctuation", true);

        ObjectNode function = resources.putObject("Function");
        function.put("Type", "AWS::Serverless::Function");
        ObjectNode properties = function.putObject("Properties");
        properties.put("Handler", model.packageName() + "." + model.handlerName() + "::handleRequest");
        properties.put("Runtime", options.runtime());
        properties.put("CodeUri", options.codeUri());
        properties.put("MemorySize", options.memorySize());
        properties.put("Timeout", options.timeout());
        properties.set("Role", fn("Fn::GetAtt", array("FunctionRole", "Arn")));
        ObjectNode variables = properties.putObject("Environment").putObject("Variables");
        variables.set("MESH_ATHENA_DATABASE", ref("GlueDatabase"));
        variables.set("MESH_ATHENA_WORKGROUP", ref("AthenaWorkGroup"));
        variables.set("MESH_ATHENA_OUTPUT_LOCATION", sub("s3://${ResultsBucket}/${ResultsPrefix}"));
        variables.set("MESH_PAGE_TOKEN_KEY", sub("{{resolve:secretsmanager:${PageTokenKey}:SecretString}}"));
        variables.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        ObjectNode events = properties.putObject("Events");
        for (ApiModel.Table table : model.tables()) {
            event(events, "List" + table.typeName(), table.listPath());
            table.getPath().ifPresent(path -> event(events, "Get" + table.typeName(), path));
        }

        resources.set("FunctionRole", role(model));

        ObjectNode outputs = template.putObject("Outputs");
        ObjectNode url = outputs.putObject("ApiUrl");
        url.put("Description", "The API's base URL; requests are signed with SigV4 (service execute-api).");
        url.set("Value", sub("https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}"));
        ObjectNode arn = outputs.putObject("FunctionArn");
        arn.set("Value", fn("Fn::GetAtt", array("Function", "Arn")));
        return TreeText.yaml(template);
    }

    private static void parameter(ObjectNode parameters, String name, Optional<String> defaultValue,
            String description) {
        ObjectNode parameter = parameters.putObject(name);
        parameter.put("Type", "String");
        defaultValue.ifPresent(v -> parameter.put("Default", v));
        parameter.put("Description", description);
    }

    private static void event(ObjectNode events, String name, String path) {
        ObjectNode event = events.putObject(name);
        event.put("Type", "HttpApi");
        ObjectNode properties = event.putObject("Properties");
        properties.set("ApiId", ref("Api"));
        properties.put("Method", "GET");
        properties.put("Path", path);
    }

    private static ObjectNode role(ApiModel model) {
        ObjectNode role = TreeText.object();
        role.put("Type", "AWS::IAM::Role");
        ObjectNode properties = role.putObject("Properties");
        ObjectNode trust = properties.putObject("AssumeRolePolicyDocument");
        trust.put("Version", "2012-10-17");
        ObjectNode assume = trust.putArray("Statement").addObject();
        assume.put("Effect", "Allow");
        assume.putObject("Principal").put("Service", "lambda.amazonaws.com");
        assume.put("Action", "sts:AssumeRole");

        ObjectNode policy = properties.putArray("Policies").addObject();
        policy.put("PolicyName", "read-data-product");
        ObjectNode document = policy.putObject("PolicyDocument");
        document.put("Version", "2012-10-17");
        ArrayNode statements = document.putArray("Statement");
        statement(statements, "Logs", array("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"),
                array(sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/"
                        + "${AWS::StackName}-*")));
        statement(statements, "AthenaQueries", array("athena:StartQueryExecution", "athena:GetQueryExecution",
                "athena:GetQueryResults", "athena:StopQueryExecution"),
                array(sub("arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/"
                        + "${AthenaWorkGroup}")));
        ArrayNode glue = array(sub("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog"),
                sub("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:database/${GlueDatabase}"));
        for (ApiModel.Table table : model.tables()) {
            String name = table.schema().tableName().toLowerCase(Locale.ROOT).replace("$", "$$");
            glue.add(sub("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:table/${GlueDatabase}/"
                    + name.replace("{", "").replace("}", "")));
        }
        statement(statements, "GlueReadTables", array("glue:GetDatabase", "glue:GetTable", "glue:GetPartition",
                "glue:GetPartitions"), glue);
        statement(statements, "ReadData", array("s3:GetObject"),
                array(sub("arn:${AWS::Partition}:s3:::${DataBucket}/${DataPrefix}*")));
        ObjectNode list = statement(statements, "ListData", array("s3:ListBucket", "s3:GetBucketLocation"),
                array(sub("arn:${AWS::Partition}:s3:::${DataBucket}")));
        list.putObject("Condition").putObject("StringLike").set("s3:prefix", array(sub("${DataPrefix}*")));
        statement(statements, "WriteQueryResults", array("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload",
                "s3:ListMultipartUploadParts"), array(sub("arn:${AWS::Partition}:s3:::${ResultsBucket}/"
                        + "${ResultsPrefix}*")));
        statement(statements, "ListQueryResults", array("s3:ListBucket", "s3:GetBucketLocation"),
                array(sub("arn:${AWS::Partition}:s3:::${ResultsBucket}")));
        statement(statements, "LakeFormationDataAccess", array("lakeformation:GetDataAccess"), array("*"));
        return role;
    }

    private static ObjectNode statement(ArrayNode statements, String sid, ArrayNode actions, ArrayNode resources) {
        ObjectNode statement = statements.addObject();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        statement.set("Action", actions);
        statement.set("Resource", resources);
        return statement;
    }

    private static ArrayNode array(Object... values) {
        ArrayNode array = TreeText.object().arrayNode();
        for (Object value : values) {
            if (value instanceof ObjectNode node) {
                array.add(node);
            } else {
                array.add(value.toString());
            }
        }
        return array;
    }

    private static ObjectNode ref(String target) {
        ObjectNode ref = TreeText.object();
        ref.put("Ref", target);
        return ref;
    }

    private static ObjectNode sub(String text) {
        ObjectNode sub = TreeText.object();
        sub.put("Fn::Sub", text);
        return sub;
    }

    private static ObjectNode fn(String name, ArrayNode arguments) {
        ObjectNode fn = TreeText.object();
        fn.set(name, arguments);
        return fn;
    }
}
