package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * cfn-lint-style checks of the generated templates: template sections, logical ids, resource types with their
 * required and allowed properties (from the CloudFormation resource specification of AWS::Glue::Database and
 * AWS::Glue::Table), every {@code Ref} and condition resolving, and YAML that reads back as the same tree even
 * under YAML 1.1 rules (no string turning into a date, number or boolean).
 */
class CloudFormationTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final Set<String> SECTIONS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs");
    private static final Set<String> RESOURCE_ATTRIBUTES = Set.of("Type", "Properties", "Condition",
            "DeletionPolicy", "UpdateReplacePolicy", "DependsOn", "Metadata");
    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Set<String> FUNCTIONS = Set.of("Fn::Equals", "Fn::If", "Fn::Not", "Fn::And", "Fn::Or",
            "Fn::GetAtt", "Fn::Join", "Fn::Sub", "Fn::Select", "Fn::Split", "Fn::ImportValue", "Fn::FindInMap",
            "Fn::Base64", "Fn::GetAZs", "Fn::Cidr");

    /** Resource type: required properties, allowed properties (CloudFormation resource specification). */
    private static final Map<String, List<Set<String>>> RESOURCES = Map.of(
            "AWS::Glue::Database", List.of(Set.of("CatalogId", "DatabaseInput"),
                    Set.of("CatalogId", "DatabaseInput", "DatabaseName")),
            "AWS::Glue::Table", List.of(Set.of("CatalogId", "DatabaseName", "TableInput"),
                    Set.of("CatalogId", "DatabaseName", "TableInput", "OpenTableFormatInput")),
            "AWS::Glue::Job", List.of(Set.of("Command", "Role"),
                    Set.of("AllocatedCapacity", "Command", "Connections", "DefaultArguments", "Description",
                            "ExecutionClass", "ExecutionProperty", "GlueVersion", "JobMode",
                            "JobRunQueuingEnabled", "LogUri", "MaintenanceWindow", "MaxCapacity", "MaxRetries",
                            "Name", "NonOverridableArguments", "NotificationProperty", "NumberOfWorkers", "Role",
                            "SecurityConfiguration", "Tags", "Timeout", "WorkerType")));

    /** Property types of AWS::Glue::Database/Table as the specification lists them: the keys each may hold. */
    private static final Map<String, Set<String>> PROPERTY_TYPES = Map.of(
            "DatabaseInput", Set.of("CreateTableDefaultPermissions", "Description", "FederatedDatabase",
                    "LocationUri", "Name", "Parameters", "TargetDatabase"),
            "TableInput", Set.of("Description", "Name", "Owner", "Parameters", "PartitionKeys", "Retention",
                    "StorageDescriptor", "TableType", "TargetTable", "ViewDefinition", "ViewExpandedText",
                    "ViewOriginalText"),
            "StorageDescriptor", Set.of("BucketColumns", "Columns", "Compressed", "InputFormat", "Location",
                    "NumberOfBuckets", "OutputFormat", "Parameters", "SchemaReference", "SerdeInfo", "SkewedInfo",
                    "SortColumns", "StoredAsSubDirectories"),
            "Column", Set.of("Comment", "Name", "Type"),
            "SerdeInfo", Set.of("Name", "Parameters", "SerializationLibrary"),
            "OpenTableFormatInput", Set.of("IcebergInput"),
            "IcebergInput", Set.of("MetadataOperation", "Version"),
            "Command", Set.of("Name", "PythonVersion", "Runtime", "ScriptLocation"));

    static List<TestContracts.Case> cases() {
        return TestContracts.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void templateIsValid(TestContracts.Case testCase) throws Exception {
        GeneratedFile file = template(new GlueTableGenerator()
                .generate(TestContracts.load(testCase.contract()), GeneratorOptions.of(testCase.options())));
        assertValid(file.content());
    }

    @Test
    void etlJobsJoinTheTemplateWhenAsked() throws Exception {
        TestContracts.Case sales = TestContracts.cases().get(0);
        GeneratedFile file = template(new GlueTableGenerator().generate(TestContracts.load(sales.contract()),
                GeneratorOptions.of(sales.options()).with(GlueTableGenerator.ETL_JOBS, "true")));
        JsonNode template = assertValid(file.content());
        List<String> jobs = new java.util.ArrayList<>();
        template.get("Resources").properties().forEach(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::Glue::Job")) {
                jobs.add(e.getKey());
            }
        });
        assertThat(jobs).isNotEmpty().allMatch(id -> id.endsWith("EtlJob"));
        GeneratedFile without = template(new GlueTableGenerator().generate(TestContracts.load(sales.contract()),
                GeneratorOptions.of(sales.options())));
        assertThat(without.content()).doesNotContain("AWS::Glue::Job");
    }

    @Test
    void logicalIdsAreAlphanumericAndUnique() {
        Set<String> taken = new HashSet<>(Set.of("GlueDatabase"));
        assertThat(CloudFormationTemplate.logicalId("pos_sale_lines", taken)).isEqualTo("GlueTablePosSaleLines");
        assertThat(CloudFormationTemplate.logicalId("pos__sale_lines", taken)).isEqualTo("GlueTablePosSaleLines2");
        assertThat(CloudFormationTemplate.logicalId("AnObject", taken)).isEqualTo("GlueTableAnObject");
        assertThat(CloudFormationTemplate.logicalId("tbl_1", taken)).isEqualTo("GlueTableTbl1");
        assertThat(CloudFormationTemplate.logicalId("\"; drop */", taken)).isEqualTo("GlueTableDrop");
        assertThat(CloudFormationTemplate.logicalId("___", taken)).isEqualTo("GlueTable");
        assertThat(CloudFormationTemplate.logicalId("", taken)).isEqualTo("GlueTable2");
    }

    @Test
    void checksCatchBrokenTemplates() {
        String valid = """
                AWSTemplateFormatVersion: "2010-09-09"
                Description: d
                Resources:
                  GlueDatabase:
                    Type: AWS::Glue::Database
                    Properties:
                      CatalogId: {Ref: AWS::AccountId}
                      DatabaseInput: {Name: sales}
                """;
        assertThatCode(() -> assertValid(valid)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertValid(valid.replace("\"2010-09-09\"", "2010-09-09")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("YAML 1.1");
        assertThatThrownBy(() -> assertValid(valid.replace("AWS::AccountId", "CatalogParameter")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Ref at Resources.GlueDatabase");
        assertThatThrownBy(() -> assertValid(valid.replace("GlueDatabase:", "Glue_Database:")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("logical id in Resources");
        assertThatThrownBy(() -> assertValid(valid.replace("DatabaseInput:", "Database:")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("properties of GlueDatabase");
        assertThatThrownBy(() -> assertValid(valid.replace("{Name: sales}", "{Name: sales, Owner: x}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GlueDatabase.DatabaseInput");
    }

    /** Every check of this class on one template's text; also used by the hostile-input test. */
    static JsonNode assertValid(String yaml) throws Exception {
        JsonNode template = YAML.readTree(yaml);
        Object yaml11 = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        JsonNode reread = JSON.valueToTree(yaml11);
        assertThat(reread).as("the template read with YAML 1.1 rules").isEqualTo(template);

        assertThat(fieldNames(template)).isSubsetOf(SECTIONS).contains("AWSTemplateFormatVersion", "Resources");
        assertThat(template.get("AWSTemplateFormatVersion").textValue()).isEqualTo("2010-09-09");
        assertThat(template.get("Description").textValue().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(1024);

        Set<String> refTargets = new HashSet<>(PSEUDO_PARAMETERS);
        Set<String> conditions = new HashSet<>(fieldNames(template.path("Conditions")));
        for (String section : List.of("Parameters", "Resources", "Conditions", "Outputs")) {
            for (String id : fieldNames(template.path(section))) {
                assertThat(id).as("logical id in %s", section).matches("[A-Za-z0-9]{1,255}");
            }
        }
        refTargets.addAll(fieldNames(template.path("Parameters")));
        refTargets.addAll(fieldNames(template.path("Resources")));
        assertThat(fieldNames(template.get("Resources"))).isNotEmpty();

        for (Map.Entry<String, JsonNode> entry : template.get("Resources").properties()) {
            JsonNode resource = entry.getValue();
            assertThat(fieldNames(resource)).as(entry.getKey()).isSubsetOf(RESOURCE_ATTRIBUTES).contains("Type");
            String type = resource.get("Type").textValue();
            assertThat(RESOURCES).as("resource type of %s", entry.getKey()).containsKey(type);
            Set<String> properties = fieldNames(resource.get("Properties"));
            assertThat(properties).as("properties of %s", entry.getKey())
                    .containsAll(RESOURCES.get(type).get(0)).isSubsetOf(RESOURCES.get(type).get(1));
            if (resource.has("Condition")) {
                assertThat(conditions).contains(resource.get("Condition").textValue());
            }
            if (resource.has("DeletionPolicy")) {
                assertThat(resource.get("DeletionPolicy").textValue()).isIn("Delete", "Retain", "Snapshot");
            }
            for (String property : properties) {
                checkPropertyType(property, resource.get("Properties").get(property), entry.getKey() + "." + property);
            }
        }
        checkReferences(template.get("Resources"), template, refTargets, conditions, Set.of(), "Resources");
        checkReferences(template.path("Conditions"), template, refTargets, conditions, Set.of(), "Conditions");
        return template;
    }

    private static void checkPropertyType(String name, JsonNode value, String path) {
        String type = switch (name) {
            case "Columns", "PartitionKeys" -> "Column";
            default -> name;
        };
        if (value.isArray() && type.equals("Column")) {
            value.forEach(column -> checkPropertyType("Column", column, path + "[]"));
            return;
        }
        Set<String> allowed = PROPERTY_TYPES.get(type);
        if (allowed == null || !value.isObject()) {
            return;
        }
        assertThat(fieldNames(value)).as(path).isSubsetOf(allowed);
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            checkPropertyType(entry.getKey(), entry.getValue(), path + "." + entry.getKey());
        }
    }

    /**
     * Every Ref names a parameter, resource or pseudo parameter; a Ref to a conditional resource sits inside the
     * true branch of Fn::If on the same condition; every function is known.
     */
    private static void checkReferences(JsonNode node, JsonNode template, Set<String> targets, Set<String> conditions,
            Set<String> active, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(node.get(i), template, targets, conditions, active, path + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("Ref")) {
            assertThat(node.size()).as(path).isEqualTo(1);
            String target = node.get("Ref").textValue();
            assertThat(targets).as("Ref at %s", path).contains(target);
            JsonNode resource = template.get("Resources").path(target);
            if (resource.has("Condition")) {
                assertThat(active).as("condition around the Ref to %s at %s", target, path)
                        .contains(resource.get("Condition").textValue());
            }
            return;
        }
        if (node.has("Fn::If")) {
            JsonNode args = node.get("Fn::If");
            assertThat(args.size()).as(path).isEqualTo(3);
            String condition = args.get(0).textValue();
            assertThat(conditions).as("condition of Fn::If at %s", path).contains(condition);
            Set<String> inner = new HashSet<>(active);
            inner.add(condition);
            checkReferences(args.get(1), template, targets, conditions, inner, path + ".Fn::If[1]");
            checkReferences(args.get(2), template, targets, conditions, active, path + ".Fn::If[2]");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().startsWith("Fn::")) {
                assertThat(FUNCTIONS).as("function at %s", path).contains(entry.getKey());
            }
            checkReferences(entry.getValue(), template, targets, conditions, active, path + "." + entry.getKey());
        }
    }

    static GeneratedFile template(List<GeneratedFile> files) {
        List<GeneratedFile> templates = new ArrayList<>(files.stream()
                .filter(f -> f.path().startsWith("cloudformation/")).toList());
        assertThat(templates).hasSize(1);
        return templates.get(0);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
