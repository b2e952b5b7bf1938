package org.casebook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.model.Item;
import org.casebook.model.ItemDate;
import org.casebook.model.ItemQuery;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures dating and duplicate grouping against the hand-built gold sample in src/test/resources/gold and fails
 * below the floors. The figures are printed and written to target/quality.txt.
 */
class GoldSampleQualityTest {

    private static final double DATE_ACCURACY_FLOOR = 0.95;
    private static final double DUPLICATE_PRECISION_FLOOR = 0.95;
    private static final double DUPLICATE_RECALL_FLOOR = 0.90;
    private static final double DUPLICATE_F1_FLOOR = 0.92;
    private static final Path GOLD = Path.of("src", "test", "resources", "gold");

    @TempDir
    static Path temp;
    static Workspace workspace;
    /** "file:line" (or "file:-" for a document) → item. */
    static Map<String, Item> items = new HashMap<>();
    static List<String> report = new ArrayList<>();

    @BeforeAll
    static void importDemo() {
        workspace = DemoCorpus.imported(temp.resolve("gold.db"));
        for (Item item : workspace.items().list(ItemQuery.all())) {
            String place = item.locator().isLine() ? String.valueOf(item.locator().line()) : "-";
            items.put(item.sourceName() + ":" + place, item);
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        workspace.close();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "quality.txt"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(GOLD.resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                .toList();
    }

    private static Item item(String place) {
        Item item = items.get(place);
        assertThat(item).as("gold names an item that was not imported: " + place).isNotNull();
        return item;
    }

    @Test
    void datesMatchTheGold() throws IOException {
        List<String[]> gold = rows("dates.tsv");
        int right = 0;
        int originRight = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : gold) {
            ItemDate date = item(row[0] + ":" + row[1]).date();
            boolean same = row[2].equals(orEmpty(date.isoStart())) && row[3].equals(orEmpty(date.isoEnd()))
                    && row[4].equals(date.precision().key());
            if (same) {
                right++;
                if (row[5].equals(date.origin() == null ? "" : date.origin().key())) {
                    originRight++;
                }
            } else {
                misses.add("  " + row[0].substring(0, 3) + ":" + row[1] + " gold " + row[2] + ".." + row[3] + " "
                        + row[4] + ", got " + date.isoStart() + ".." + date.isoEnd() + " " + date.precision().key());
            }
        }
        double accuracy = (double) right / gold.size();
        report.add(String.format("dates: %d/%d right (accuracy %.3f), origin right on %d of them", right,
                gold.size(), accuracy, originRight));
        report.addAll(misses);

        assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
        assertThat(accuracy).as(String.join("\n", misses)).isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
    }

    @Test
    void duplicateGroupsMatchTheGold() throws IOException {
        List<String[]> groups = rows("duplicates.tsv");
        Set<Long> evaluated = new HashSet<>();
        Set<Set<Long>> goldPairs = new HashSet<>();
        for (String[] group : groups) {
            List<Long> members = new ArrayList<>();
            for (String place : group[1].trim().split("\\s+")) {
                members.add(item(place).id());
            }
            evaluated.addAll(members);
            goldPairs.addAll(pairs(members));
        }
        List<String[]> distinct = rows("distinct.tsv");
        for (String[] pair : distinct) {
            evaluated.add(item(pair[0]).id());
            evaluated.add(item(pair[1]).id());
        }

        Map<Long, List<Long>> byRoot = new HashMap<>();
        for (Item item : items.values()) {
            long root = item.duplicateOf() != null ? item.duplicateOf() : item.id();
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(item.id());
        }
        Set<Set<Long>> predicted = new HashSet<>();
        for (List<Long> group : byRoot.values()) {
            for (Set<Long> pair : pairs(group)) {
                if (pair.stream().anyMatch(evaluated::contains)) {
                    predicted.add(pair);
                }
            }
        }
        Set<Set<Long>> truePositives = new HashSet<>(predicted);
        truePositives.retainAll(goldPairs);
        double precision = predicted.isEmpty() ? 1 : (double) truePositives.size() / predicted.size();
        double recall = (double) truePositives.size() / goldPairs.size();
        double f1 = 2 * precision * recall / (precision + recall);
        report.add(String.format("duplicates: %d gold groups, %d gold pairs, %d predicted pairs, %d right: "
                + "precision %.3f, recall %.3f, F1 %.3f", groups.size(), goldPairs.size(), predicted.size(),
                truePositives.size(), precision, recall, f1));
        Set<Set<Long>> missed = new HashSet<>(goldPairs);
        missed.removeAll(predicted);
        missed.forEach(p -> report.add("  missed pair " + describe(p)));
        Set<Set<Long>> wrong = new HashSet<>(predicted);
        wrong.removeAll(goldPairs);
        wrong.forEach(p -> report.add("  wrong pair " + describe(p)));

        assertThat(groups).hasSizeGreaterThanOrEqualTo(20);
        assertThat(precision).isGreaterThanOrEqualTo(DUPLICATE_PRECISION_FLOOR);
        assertThat(recall).isGreaterThanOrEqualTo(DUPLICATE_RECALL_FLOOR);
        assertThat(f1).isGreaterThanOrEqualTo(DUPLICATE_F1_FLOOR);
        for (String[] pair : distinct) {
            assertThat(predicted).as("different reports grouped: " + pair[0] + " and " + pair[1])
                    .doesNotContain(Set.of(item(pair[0]).id(), item(pair[1]).id()));
        }
    }

    private static String describe(Set<Long> pair) {
        List<String> places = new ArrayList<>();
        items.forEach((place, item) -> {
            if (pair.contains(item.id())) {
                places.add(place.substring(0, 3) + place.substring(place.indexOf(':')));
            }
        });
        return String.join(" ~ ", places);
    }

    private static Set<Set<Long>> pairs(List<Long> members) {
        Set<Set<Long>> pairs = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(Set.of(members.get(i), members.get(j)));
            }
        }
        return pairs;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
