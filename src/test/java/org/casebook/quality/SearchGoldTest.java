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
import org.casebook.model.ItemQuery;
import org.casebook.search.SearchService;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-built search gold (src/test/resources/gold/search.tsv): every query returns every line it must (recall
 * 1.0) and none it must not. Results list each report once, so a repeated line counts through its primary.
 */
class SearchGoldTest {

    @TempDir
    Path temp;

    @Test
    void everyGoldQueryFindsEveryLineItMustAndNoneItMustNot() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src", "test", "resources", "gold", "search.tsv"),
                StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        int queries = 0;
        try (Workspace workspace = DemoCorpus.resolved(temp.resolve("search-gold.db"))) {
            Map<String, Long> ids = new HashMap<>();
            for (Item item : workspace.items().list(ItemQuery.all())) {
                if (item.locator().isLine()) {
                    ids.put(item.sourceName().substring(0, 3) + ":" + item.locator().line(),
                            item.isDuplicate() ? item.duplicateOf() : item.id());
                }
            }
            SearchService search = new SearchService(workspace);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                queries++;
                Set<Long> found = new HashSet<>();
                search.search(row[0], 0).hits().forEach(h -> found.add(h.id()));
                for (String ref : row[1].trim().split("\\s+")) {
                    if (!ref.isEmpty() && !found.contains(ids.get(ref))) {
                        failures.add(row[0] + ": missed " + ref);
                    }
                }
                for (String ref : row[2].trim().split("\\s+")) {
                    if (!ref.isEmpty() && found.contains(ids.get(ref))) {
                        failures.add(row[0] + ": must not return " + ref);
                    }
                }
            }
        }
        failures.forEach(System.out::println);
        assertThat(queries).isGreaterThanOrEqualTo(20);
        assertThat(failures).isEmpty();
    }
}
