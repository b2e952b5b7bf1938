package org.casebook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.casebook.model.EntityKind;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "dossier", description = "One person: forms of the name, cases and roles, relations, chronology.")
final class DossierCommand extends EntityCommand {

    @Parameters(paramLabel = "NAME_OR_ID", description = "Person id, or any spelling of the name (Tokaev finds Tokayev).")
    String person;

    @Override
    void run(Workspace workspace, PrintWriter out) throws Exception {
        EntityRow row = CorrectionSupport.find(workspace, EntityKind.PERSON, person);
        ObjectNode dossier = new EntityListing(workspace).dossier(row);
        if (json) {
            out.println(EntityListing.JSON.writeValueAsString(dossier));
            return;
        }
        out.printf("#%d %s%n", row.id(), row.name());
        out.printf("Also written: %s%n", String.join(" | ", row.aliases()));
        out.printf("Seen: %s to %s in %d items%n", dossier.get("first_seen").asText("-"),
                dossier.get("last_seen").asText("-"), row.items().size());
        for (JsonNode c : dossier.get("cases")) {
            out.printf("Case #%d %s: %s (evidence %s)%n", c.get("id").asLong(), c.get("name").asText(),
                    c.get("role").asText(), c.get("evidence"));
        }
        for (JsonNode r : dossier.get("relations")) {
            out.printf("%s of #%d %s (evidence %s)%n", r.get("relation").asText(), r.get("person").asLong(),
                    r.get("name").asText(), r.get("evidence"));
        }
        out.printf("Items, newest first: %s%n", dossier.get("items"));
    }
}
