package dev.datamesh.generator.glue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.glue.GlueTableGenerator.GlueTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CloudFormation template of a contract's Glue database and tables.
 *
 * <p>Intrinsic functions use the long form ({@code {Ref: X}}, {@code {Fn::If: [...]}}), which is valid in YAML
 * and JSON templates alike and needs no custom YAML tags. The database is shared by every contract that maps to
 * it (by default one per domain), so it is kept when a stack is deleted ({@code DeletionPolicy: Retain}) and a
 * stack creates it only while parameter {@value #CREATE_DATABASE} is {@code true}; the stacks of further
 * contracts pass {@code false}. Tables name the database through {@code Ref} when the stack creates it, so
 * CloudFormation orders them after it without {@code DependsOn}.
 */
final class CloudFormationTemplate {

    static final String CREATE_DATABASE = "CreateDatabase";
    static final String CREATE_DATABASE_CONDITION = "ShouldCreateDatabase";
    static final String DATABASE_ID = "GlueDatabase";

    private CloudFormationTemplate() {}

    static ObjectNode of(Contract contract, GlueSettings settings, ObjectNode databaseInput, List<GlueTable> tables) {
        ObjectNode template = TreeText.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description(contract, settings));

        ObjectNode parameter = template.putObject("Parameters").putObject(CREATE_DATABASE);
        parameter.put("Type", "String");
        parameter.putArray("AllowedValues").add("true").add("false");
        parameter.put("Default", "true");
        parameter.put("Description", "Whether this stack creates the Glue database " + settings.database()
                + "; false when another stack created it already.");

        template.putObject("Conditions").set(CREATE_DATABASE_CONDITION, fn("Fn::Equals",
                TreeText.object().arrayNode().add(ref(CREATE_DATABASE)).add("true")));

        ObjectNode resources = template.putObject("Resources");
        ObjectNode database = resources.putObject(DATABASE_ID);
        database.put("Type", "AWS::Glue::Database");
        database.put("Condition", CREATE_DATABASE_CONDITION);
        database.put("DeletionPolicy", "Retain");
        database.put("UpdateReplacePolicy", "Retain");
        ObjectNode databaseProperties = database.putObject("Properties");
        databaseProperties.set("CatalogId", ref("AWS::AccountId"));
        databaseProperties.set("DatabaseInput", databaseInput.deepCopy());

        Set<String> ids = new HashSet<>(Set.of(DATABASE_ID, CREATE_DATABASE));
        for (GlueTable table : tables) {
            ObjectNode resource = resources.putObject(logicalId(table.physicalName(), ids));
            resource.put("Type", "AWS::Glue::Table");
            ObjectNode properties = resource.putObject("Properties");
            properties.set("CatalogId", ref("AWS::AccountId"));
            ArrayNode choice = TreeText.object().arrayNode()
                    .add(CREATE_DATABASE_CONDITION).add(ref(DATABASE_ID)).add(settings.database());
            properties.set("DatabaseName", fn("Fn::If", choice));
            properties.set("TableInput", table.tableInput().deepCopy());
            table.openTableFormatInput().ifPresent(o -> properties.set("OpenTableFormatInput", o.deepCopy()));
        }
        return template;
    }

    /** {@code GlueTable} + the table name in PascalCase, alphanumeric as CloudFormation requires, and unique. */
    static String logicalId(String tableName, Set<String> taken) {
        StringBuilder id = new StringBuilder("GlueTable");
        boolean upper = true;
        for (char c : tableName.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        String base = id.length() > 200 ? id.substring(0, 200) : id.toString();
        String unique = base;
        for (int n = 2; !taken.add(unique); n++) {
            unique = base + n;
        }
        return unique;
    }

    private static String description(Contract contract, GlueSettings settings) {
        String product = contract.dataProduct().or(contract::name).filter(s -> !s.isBlank()).orElse(contract.id());
        String text = "Glue database " + settings.database() + " and tables of data contract " + contract.id()
                + " version " + contract.version() + " (format " + settings.format().id() + ", data product "
                + product + ").";
        return GlueText.truncateUtf8(GlueText.clean(text, false), GlueText.CFN_DESCRIPTION_MAX_BYTES);
    }

    private static ObjectNode ref(String target) {
        ObjectNode ref = TreeText.object();
        ref.put("Ref", target);
        return ref;
    }

    private static ObjectNode fn(String name, ArrayNode arguments) {
        ObjectNode fn = TreeText.object();
        fn.set(name, arguments);
        return fn;
    }
}
