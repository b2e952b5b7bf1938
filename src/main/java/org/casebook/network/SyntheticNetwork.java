package org.casebook.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casebook.model.Network;

/**
 * A generated network of a given size for benchmarks: one node in five a case, the rest persons; most links a
 * person's role in a case, picked with a preference for busy nodes (a few hubs, many leaves, like real case files),
 * one in five a relation between persons. The same seed gives the same network.
 */
public final class SyntheticNetwork {

    private static final List<String> ROLES = List.of("defendant", "detainee", "victim", "relative", "lawyer", "judge",
            "prosecutor", "official", "journalist", "advocate");
    private static final List<String> RELATIONS = List.of("spouse", "sibling", "lawyer-of", "colleague");

    private SyntheticNetwork() {
    }

    public static Network generate(int nodes, int edges, long seed) {
        Random random = new Random(seed);
        int caseCount = Math.max(1, nodes / 5);
        int personCount = Math.max(1, nodes - caseCount);
        List<Network.Node> list = new ArrayList<>();
        for (int i = 0; i < personCount; i++) {
            list.add(new Network.Node(Network.personId(i + 1), "Person " + (i + 1), "person"));
        }
        for (int i = 0; i < caseCount; i++) {
            list.add(new Network.Node(Network.caseId(i + 1), "Case " + (i + 1), "case"));
        }
        // ends of the links so far: drawing from them prefers busy nodes
        List<Integer> personEnds = new ArrayList<>();
        List<Integer> caseEnds = new ArrayList<>();
        List<Network.Edge> out = new ArrayList<>();
        for (int k = 0; k < edges; k++) {
            int person = k < personCount ? k : pick(random, personEnds, personCount);
            if (random.nextInt(5) == 0 && personCount > 1) {
                int other = pick(random, personEnds, personCount);
                if (other == person) {
                    other = (person + 1) % personCount;
                }
                out.add(new Network.Edge(Network.personId(person + 1), Network.personId(other + 1),
                        RELATIONS.get(random.nextInt(RELATIONS.size())), true, List.of()));
                personEnds.add(other);
            } else {
                int kase = k < caseCount ? k : pick(random, caseEnds, caseCount);
                out.add(new Network.Edge(Network.personId(person + 1), Network.caseId(kase + 1),
                        ROLES.get(random.nextInt(ROLES.size())), false, List.of()));
                caseEnds.add(kase);
            }
            personEnds.add(person);
        }
        return new Network(list, out);
    }

    private static int pick(Random random, List<Integer> ends, int count) {
        return ends.isEmpty() || random.nextBoolean() ? random.nextInt(count) : ends.get(random.nextInt(ends.size()));
    }
}
