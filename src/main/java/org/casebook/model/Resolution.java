package org.casebook.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one resolution pass, ready to be stored: entities (with the mentions each resolved to), case roles,
 * relations between persons and merge suggestions. Entity ids are final: reused from the previous pass where the
 * same mentions resolved to the same entity.
 */
public record Resolution(List<Entity> entities, List<CaseRole> caseRoles, List<PersonRelation> relations,
                         List<Suggestion> suggestions) {

    public record Entity(long id, EntityKind kind, String name, List<Long> mentionIds, List<String> addedAliases) {
    }

    public record CaseRole(long caseId, long personId, Role role, Long itemId, boolean byHand) {
    }

    public record PersonRelation(long personId, long otherId, Relation relation, long itemId) {
    }

    public record Suggestion(long personId, long otherId, String reason) {
    }

    /** Convenience for callers that index entities by id. */
    public Map<Long, Entity> byId() {
        return entities.stream().collect(java.util.stream.Collectors.toMap(Entity::id, e -> e));
    }
}
