package org.casebook.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casebook.model.DatePrecision;

/** What an import did, file by file: imported (with counts), skipped as already imported, or rejected and why. */
public final class ImportReport {

    public enum Status { IMPORTED, ALREADY_IMPORTED, REJECTED }

    public record SourceOutcome(Path path, Status status, String reason, int items, int duplicates,
                                Map<DatePrecision, Integer> precisions) {
    }

    private final List<SourceOutcome> outcomes = new ArrayList<>();

    void add(SourceOutcome outcome) {
        outcomes.add(outcome);
    }

    public List<SourceOutcome> outcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    public List<SourceOutcome> with(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    public int items() {
        return outcomes.stream().mapToInt(SourceOutcome::items).sum();
    }

    public int duplicates() {
        return outcomes.stream().mapToInt(SourceOutcome::duplicates).sum();
    }

    /** Items per date precision over the imported sources, every precision present (zero when none). */
    public Map<DatePrecision, Integer> precisions() {
        Map<DatePrecision, Integer> total = new EnumMap<>(DatePrecision.class);
        for (DatePrecision p : DatePrecision.values()) {
            total.put(p, 0);
        }
        outcomes.forEach(o -> o.precisions().forEach((p, n) -> total.merge(p, n, Integer::sum)));
        return total;
    }

    public boolean hasRejections() {
        return !with(Status.REJECTED).isEmpty();
    }
}
