package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Server;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/** Reports a {@code glue} server without a database name: the Glue tables have nowhere to be registered. */
public final class GlueServerDatabaseRule implements Rule {

    public static final String ID = "GLUE-SERVER-DATABASE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (Server server : contract.servers()) {
            if (server.isType("glue") && server.database().filter(d -> !d.isBlank()).isEmpty()) {
                String name = server.server().isBlank() ? "" : " '" + server.server() + "'";
                events.add(ValidationEvent.error(ID, server.node().valueLocation(
                        server.node().has("database") ? "database" : "type"),
                        "Glue server" + name + " names no database.",
                        "set 'database:' to the Glue database the tables belong to (lower case a-z, 0-9 and _)."));
            }
        }
        return events;
    }
}
