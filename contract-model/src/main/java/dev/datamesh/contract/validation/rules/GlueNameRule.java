package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.Server;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks Glue database, table and column names (nested struct fields too): Glue keeps lower-case {@code [a-z0-9_]}
 * names of at most 255 characters. Upper case is only a note, because Glue lower-cases names itself; any other
 * character is an error, because renaming silently would break the data's readers.
 */
public final class GlueNameRule implements Rule {

    public static final String ID = "GLUE-NAME";
    public static final String CASE = "GLUE-NAME-CASE";
    public static final String LENGTH = "GLUE-NAME-LENGTH";
    public static final int MAX_LENGTH = 255;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]*");
    private static final Pattern INVALID_CHAR = Pattern.compile("[^a-z0-9_]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (Server server : contract.servers()) {
            if (server.isType("glue")) {
                server.database().filter(d -> !d.isBlank()).ifPresent(d -> check("Database", d,
                        server.node().valueLocation("database"), "database", true, events));
            }
        }
        for (SchemaObject table : contract.schema()) {
            if (!table.name().isEmpty()) {
                check("Table", table.tableName(), PropertyTree.physicalNameLocation(table), "physicalName",
                        table.physicalName().isPresent(), events);
            }
            for (SchemaProperty property : PropertyTree.all(table)) {
                if (!property.name().isEmpty()) {
                    check("Column", property.columnName(), PropertyTree.physicalNameLocation(property),
                            "physicalName", property.physicalName().isPresent(), events);
                }
            }
        }
        return events;
    }

    private static void check(String what, String name, SourceLocation where, String key, boolean keyPresent,
            List<ValidationEvent> events) {
        String glueName = abbreviate(INVALID_CHAR.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("_"));
        String set = keyPresent ? "change '" + key + "' to '" + glueName + "'" : "add '" + key + ": " + glueName + "'";
        if (name.length() > MAX_LENGTH) {
            events.add(ValidationEvent.error(LENGTH, where, what + " name '" + abbreviate(name) + "' has "
                    + name.length() + " characters; Glue allows at most " + MAX_LENGTH + ".",
                    (keyPresent ? "shorten '" + key + "'" : "add a shorter '" + key + "'") + " to at most "
                            + MAX_LENGTH + " characters."));
        }
        if (!VALID.matcher(name).matches()) {
            events.add(ValidationEvent.error(ID, where, what + " name '" + abbreviate(name)
                    + "' is not a valid Glue name: only letters, digits and '_' are allowed.",
                    set + " or another name of lower-case letters, digits and '_'."));
        } else if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            events.add(ValidationEvent.note(CASE, where, what + " name '" + abbreviate(name)
                    + "' is stored by Glue in lower case, as '" + glueName + "'.",
                    set + " to make the Glue name explicit."));
        }
    }

    private static String abbreviate(String name) {
        return name.length() <= 64 ? name : name.substring(0, 60) + "...";
    }
}
