package org.casebook.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.extract.entity.CaseFinder.Phase;

/**
 * One person's prosecutions that the reports tell apart: released, then arrested or charged again more than a year
 * after the release is a new case (Zhanbolat Mamay, freed in 2012 and arrested in 2017). Reports are placed by their date, an
 * undated one with the dated report nearest to it in the same source, else with the latest case.
 */
final class CaseEpisodes {

    /** An arrest or charge this long after a release starts a new case. */
    static final long NEW_CASE_AFTER_DAYS = 365;

    /** What the pass knows of a report that states a case: its date (null if unknown) and where it stands. */
    record Report(LocalDate date, long sourceId, long position) {
    }

    private final Map<Long, Report> reports;

    CaseEpisodes(Map<Long, Report> reports) {
        this.reports = reports;
    }

    /**
     * The episodes of one case, oldest first, as lists of the subject's reports placed by date; one list when
     * nothing tells two cases apart.
     *
     * @param subjectReports the reports that state the subject's own role
     * @param phases         what each report tells of the case (start, end, other)
     */
    Split episodes(List<Long> subjectReports, Map<Long, Phase> phases) {
        Map<Long, LocalDate> dates = datesOf(subjectReports.stream().distinct().toList());
        // on one day an arrest comes before what else is told, and a release after it
        Comparator<Long> byPhase = Comparator.comparingInt(r -> switch (phases.getOrDefault(r, Phase.OTHER)) {
            case START -> 0;
            case OTHER -> 1;
            case END -> 2;
        });
        List<Long> dated = dates.keySet().stream()
                .sorted(Comparator.comparing((Long r) -> dates.get(r)).thenComparing(byPhase).thenComparing(r -> r))
                .toList();
        List<List<Long>> episodes = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        LocalDate endedOn = null; // the release the case is at, if it is at one
        for (long report : dated) {
            LocalDate date = dates.get(report);
            Phase phase = phases.getOrDefault(report, Phase.OTHER);
            if (!current.isEmpty() && endedOn != null && phase == Phase.START
                    && ChronoUnit.DAYS.between(endedOn, date) > NEW_CASE_AFTER_DAYS) {
                episodes.add(current);
                current = new ArrayList<>();
            }
            if (phase != Phase.OTHER) {
                endedOn = phase == Phase.END ? date : null;
            }
            current.add(report);
        }
        if (!current.isEmpty()) {
            episodes.add(current);
        }
        return new Split(episodes, dates);
    }

    /**
     * The date of each report, an undated one taking the date of the dated report nearest to it in the same source
     * (a list is in date order: "Mamay also regained his freedom", undated, stands next to his arrest of 2012).
     */
    private Map<Long, LocalDate> datesOf(List<Long> reportIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        for (long r : reportIds) {
            if (dateOf(r) != null) {
                dates.put(r, dateOf(r));
            }
        }
        for (long r : reportIds) {
            Report facts = reports.get(r);
            if (facts != null && facts.date() == null) {
                reportIds.stream().filter(o -> dateOf(o) != null && reports.get(o).sourceId() == facts.sourceId())
                        .min(Comparator.comparingLong((Long o) -> Math.abs(reports.get(o).position() - facts.position()))
                                .thenComparing(o -> o))
                        .ifPresent(o -> dates.put(r, dateOf(o)));
            }
        }
        return dates;
    }

    /** A case's episodes, oldest first, and the date each of the subject's reports was placed by. */
    final class Split {
        private final List<List<Long>> parts;
        private final Map<Long, LocalDate> dates;
        private final Map<Long, Integer> placed = new HashMap<>();

        Split(List<List<Long>> parts, Map<Long, LocalDate> dates) {
            this.parts = parts;
            this.dates = dates;
            for (int k = 0; k < parts.size(); k++) {
                for (long r : parts.get(k)) {
                    placed.put(r, k);
                }
            }
        }

        int count() {
            return parts.size();
        }

        /** The subject's reports placed in an episode. */
        List<Long> reports(int episode) {
            return parts.get(episode);
        }

        /**
         * The episode (index) of any report of the case: the one of the subject's report nearest in date, or, for
         * an undated report, nearest in the same source; a link made by hand (no report) goes to the latest.
         */
        int episodeOf(Long report) {
            Report facts = report == null ? null : reports.get(report);
            if (facts == null) {
                return parts.size() - 1;
            }
            Integer known = placed.get(report);
            if (known != null) {
                return known;
            }
            Comparator<Long> nearest = facts.date() != null
                    ? Comparator.comparingLong(r -> Math.abs(ChronoUnit.DAYS.between(facts.date(), dates.get(r))))
                    : Comparator.comparingLong(r -> Math.abs(reports.get(r).position() - facts.position()));
            return placed.keySet().stream()
                    .filter(r -> facts.date() != null || reports.get(r).sourceId() == facts.sourceId())
                    .min(nearest.thenComparing(r -> r))
                    .map(placed::get).orElse(parts.size() - 1);
        }

        /** "2012", or "2012–2013" when an episode spans years. */
        String years(int episode) {
            List<Long> part = parts.get(episode);
            int first = dates.get(part.get(0)).getYear();
            int last = dates.get(part.get(part.size() - 1)).getYear();
            return first == last ? String.valueOf(first) : first + "–" + last;
        }
    }

    private LocalDate dateOf(long report) {
        Report facts = reports.get(report);
        return facts == null ? null : facts.date();
    }
}
