package org.casebook.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.model.EntityKind;
import org.casebook.model.Network;
import org.casebook.store.EntityStore;
import org.casebook.store.Workspace;

/**
 * Builds the network of a workspace from its resolved persons, cases, roles and relations, narrowed by a
 * {@link Filter}; the ego network of a person and the shortest path between two persons are taken from it.
 */
public final class NetworkBuilder {

    /**
     * What to keep: links shown by an item dated within from–to (null: open; a link with no dated evidence is left
     * out once a range is set, like undated items in search), only these cases and roles (empty: all), and only
     * nodes with at least {@code minDegree} links (0: all; counted before any node is left out, so a person keeps
     * the links to the busy nodes that stay).
     */
    public record Filter(LocalDate from, LocalDate to, Set<Long> cases, Set<String> roles, int minDegree) {
        public static final Filter ALL = new Filter(null, null, Set.of(), Set.of(), 0);
    }

    private final Workspace workspace;

    public NetworkBuilder(Workspace workspace) {
        this.workspace = workspace;
    }

    public Network build(Filter filter) {
        EntityStore entities = workspace.entities();
        Map<Long, String> persons = names(entities, EntityKind.PERSON);
        Map<Long, String> cases = names(entities, EntityKind.CASE);
        Map<String, List<Long>> roleEvidence = new LinkedHashMap<>();
        for (EntityStore.RoleRow r : entities.roles()) {
            if (persons.containsKey(r.personId()) && cases.containsKey(r.caseId())
                    && (filter.cases().isEmpty() || filter.cases().contains(r.caseId()))
                    && (filter.roles().isEmpty() || filter.roles().contains(r.role()))) {
                List<Long> evidence = roleEvidence.computeIfAbsent(r.personId() + "\t" + r.caseId() + "\t" + r.role(),
                        k -> new ArrayList<>());
                if (r.itemId() != null) {
                    evidence.add(r.itemId());
                }
            }
        }
        Map<String, List<Long>> relationEvidence = new LinkedHashMap<>();
        if (filter.cases().isEmpty()) { // relations belong to no case: a case filter shows the case's people only
            for (EntityStore.RelationRow r : entities.relations()) {
                if (persons.containsKey(r.personId()) && persons.containsKey(r.otherId())
                        && (filter.roles().isEmpty() || filter.roles().contains(r.relation()))) {
                    relationEvidence.computeIfAbsent(r.personId() + "\t" + r.otherId() + "\t" + r.relation(),
                            k -> new ArrayList<>()).add(r.itemId());
                }
            }
        }
        Map<Long, String[]> dates = dated(filter, roleEvidence, relationEvidence);
        List<Network.Edge> edges = new ArrayList<>();
        roleEvidence.forEach((key, evidence) -> {
            String[] k = key.split("\t");
            List<Long> kept = inRange(evidence, dates, filter);
            if (kept != null) {
                edges.add(new Network.Edge(Network.personId(Long.parseLong(k[0])),
                        Network.caseId(Long.parseLong(k[1])), k[2], false, kept));
            }
        });
        relationEvidence.forEach((key, evidence) -> {
            String[] k = key.split("\t");
            List<Long> kept = inRange(evidence, dates, filter);
            if (kept != null) {
                edges.add(new Network.Edge(Network.personId(Long.parseLong(k[0])),
                        Network.personId(Long.parseLong(k[1])), k[2], true, kept));
            }
        });
        Map<String, Network.Node> nodes = new LinkedHashMap<>();
        for (Network.Edge e : edges) {
            for (String id : List.of(e.source(), e.target())) {
                nodes.computeIfAbsent(id, n -> node(n, persons, cases));
            }
        }
        return withMinDegree(new Network(List.copyOf(nodes.values()), edges), filter.minDegree());
    }

    /** The date ranges of the evidence items, read only when a date range is set. */
    private Map<Long, String[]> dated(Filter filter, Map<String, List<Long>> roles, Map<String, List<Long>> relations) {
        if (filter.from() == null && filter.to() == null) {
            return Map.of();
        }
        Set<Long> items = new LinkedHashSet<>();
        roles.values().forEach(items::addAll);
        relations.values().forEach(items::addAll);
        return workspace.entities().itemDateRanges(new ArrayList<>(items));
    }

    /** The evidence within the range, or null when the link is to be left out. */
    private static List<Long> inRange(List<Long> evidence, Map<Long, String[]> dates, Filter f) {
        if (f.from() == null && f.to() == null) {
            return List.copyOf(evidence);
        }
        List<Long> kept = evidence.stream().filter(item -> {
            String[] range = dates.get(item);
            // dates are as precise as known (2019, 2019-03, 2019-03-19) and may span days ("14–16 February"):
            // compared at that precision, the item's range touches the filter's
            return range != null
                    && (f.from() == null || range[1].compareTo(f.from().toString().substring(0, range[1].length())) >= 0)
                    && (f.to() == null || range[0].compareTo(f.to().toString().substring(0, range[0].length())) <= 0);
        }).toList();
        return kept.isEmpty() ? null : kept;
    }

    private static Network.Node node(String id, Map<Long, String> persons, Map<Long, String> cases) {
        long entity = Long.parseLong(id.substring(id.indexOf(':') + 1));
        return id.startsWith("person:") ? new Network.Node(id, persons.get(entity), "person")
                : new Network.Node(id, cases.get(entity), "case");
    }

    private static Map<Long, String> names(EntityStore entities, EntityKind kind) {
        Map<Long, String> names = new HashMap<>();
        entities.entities(kind).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    /** Leaves out nodes with fewer links than asked, and the links that then lose an end. */
    static Network withMinDegree(Network network, int minDegree) {
        if (minDegree <= 1) {
            return network;
        }
        Map<String, Integer> degree = degrees(network);
        Set<String> kept = new LinkedHashSet<>();
        network.nodes().forEach(n -> {
            if (degree.getOrDefault(n.id(), 0) >= minDegree) {
                kept.add(n.id());
            }
        });
        return restrictTo(network, kept);
    }

    static Map<String, Integer> degrees(Network network) {
        Map<String, Integer> degree = new HashMap<>();
        for (Network.Edge e : network.edges()) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        return degree;
    }

    private static Network restrictTo(Network network, Set<String> kept) {
        return new Network(network.nodes().stream().filter(n -> kept.contains(n.id())).toList(),
                network.edges().stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList());
    }

    /** The nodes within {@code depth} links of a node (its cases and relations at 1, their people at 2), and their links. */
    public static Network ego(Network network, String center, int depth) {
        Map<String, List<String>> neighbours = adjacency(network);
        Set<String> reached = new LinkedHashSet<>(List.of(center));
        List<String> frontier = List.of(center);
        for (int d = 0; d < depth; d++) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (String n : neighbours.getOrDefault(id, List.of())) {
                    if (reached.add(n)) {
                        next.add(n);
                    }
                }
            }
            frontier = next;
        }
        return network.nodes().stream().anyMatch(n -> n.id().equals(center)) ? restrictTo(network, reached)
                : new Network(List.of(), List.of());
    }

    /** The fewest links from one node to another (through cases and relations), as the node ids along the way. */
    public static Optional<List<String>> shortestPath(Network network, String from, String to) {
        Map<String, List<String>> neighbours = adjacency(network);
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (id.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String at = to; !at.equals(from); at = cameFrom.get(at)) {
                    path.add(at);
                }
                path.add(from);
                Collections.reverse(path);
                return Optional.of(path);
            }
            for (String n : neighbours.getOrDefault(id, List.of())) {
                if (cameFrom.putIfAbsent(n, id) == null) {
                    queue.add(n);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> adjacency(Network network) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Network.Edge e : network.edges()) {
            neighbours.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            neighbours.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        return neighbours;
    }
}
