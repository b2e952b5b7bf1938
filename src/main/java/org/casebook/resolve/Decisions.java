package org.casebook.resolve;

import java.util.ArrayList;
import java.util.List;
import org.casebook.model.Decision;

/**
 * Replays the researcher's corrections on the persons of a pass, in the order they were made. Persons are found by
 * name key (any of their forms), so a decision keeps working after re-import. A decision whose persons no longer
 * exist does nothing. Links to cases are returned for the case step.
 */
final class Decisions {

    private final List<EntityPass.Person> persons;

    Decisions(List<EntityPass.Person> persons) {
        this.persons = persons;
    }

    List<Decision> apply(List<Decision> decisions) {
        List<Decision> links = new ArrayList<>();
        for (Decision d : decisions) {
            switch (d.action()) {
                case "merge" -> merge(d.args().get("person"), d.args().get("other"));
                case "split" -> split(d.args().get("alias"));
                case "rename" -> find(d.args().get("person")).ifPresent(p -> p.nameByHand = d.args().get("name"));
                case "add-alias" -> find(d.args().get("person")).ifPresent(p -> p.addedAliases.add(d.args().get("alias")));
                case "remove-alias" -> find(d.args().get("person")).ifPresent(p -> {
                    String alias = d.args().get("alias");
                    p.mentions.removeIf(m -> m.surface().equals(alias));
                    p.addedAliases.removeIf(a -> a.equals(alias));
                });
                case "link", "unlink" -> links.add(d);
                default -> { } // not-person is applied before resolution
            }
        }
        persons.removeIf(p -> p.mentions.isEmpty() && p.addedAliases.isEmpty());
        return links;
    }

    /** The person having the form with this name key; the one with most mentions of it if several. */
    java.util.Optional<EntityPass.Person> find(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        return persons.stream().filter(p -> p.keys().contains(key)).max(java.util.Comparator.comparingLong(
                p -> p.mentions.stream().filter(m -> NameKey.of(m.surface()).equals(key)).count()));
    }

    private void merge(String a, String b) {
        var first = find(a);
        var second = find(b);
        if (first.isPresent() && second.isPresent() && first.get() != second.get()) {
            if (first.get().anchor == null) {
                first.get().anchor = first.get().mentions.stream().map(PersonResolver.PersonMention::mentionId).toList();
            }
            if (first.get().nameByHand == null) {
                first.get().nameByHand = first.get().name(); // the first keeps its name, as the researcher was told
            }
            first.get().mentions.addAll(second.get().mentions);
            first.get().addedAliases.addAll(second.get().addedAliases);
            persons.remove(second.get());
        }
    }

    /** The mentions written exactly so leave their person and become a person of their own. */
    private void split(String form) {
        find(NameKey.of(form)).ifPresent(p -> {
            EntityPass.Person split = new EntityPass.Person();
            p.mentions.removeIf(m -> {
                boolean moves = m.surface().equals(form);
                if (moves) {
                    split.mentions.add(m);
                }
                return moves;
            });
            if (!split.mentions.isEmpty() && !p.mentions.isEmpty()) {
                persons.add(split);
            } else {
                p.mentions.addAll(split.mentions);
            }
        });
    }
}
