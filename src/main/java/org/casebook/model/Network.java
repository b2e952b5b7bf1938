package org.casebook.model;

import java.util.List;

/**
 * Who is linked to which case: persons and cases as nodes, a person's role in a case and the relations between
 * persons as edges, each with the items that show it. Node ids are {@code person:ID} and {@code case:ID}.
 */
public record Network(List<Node> nodes, List<Edge> edges) {

    /** A person or a case ({@code kind} is {@code person} or {@code case}). */
    public record Node(String id, String label, String kind) {
    }

    /**
     * A person's {@code role} in a case (source the person, target the case), or a relation between two persons
     * ({@code role} is the relation: spouse, lawyer-of, …; source is the person who is that to the target).
     */
    public record Edge(String source, String target, String role, boolean relation, List<Long> evidence) {
    }

    public static String personId(long entityId) {
        return "person:" + entityId;
    }

    public static String caseId(long entityId) {
        return "case:" + entityId;
    }
}
