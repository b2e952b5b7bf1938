package org.casebook.ui.importing;

import java.util.List;
import org.casebook.ingest.ImportReport;

/** What an import did, as the window tells it: counts and one line per file (name, outcome, detail). */
public record ImportSummary(int imported, int alreadyImported, int rejected, int items, int duplicates,
                            List<FileLine> files) {

    /** One file: its name, "imported", "already imported" or "rejected", and the counts or the reason. */
    public record FileLine(String name, String outcome, String detail) {
    }

    public static ImportSummary of(ImportReport report) {
        List<FileLine> lines = report.outcomes().stream().map(o -> new FileLine(
                o.path().getFileName() == null ? o.path().toString() : o.path().getFileName().toString(),
                switch (o.status()) {
                    case IMPORTED -> "imported";
                    case ALREADY_IMPORTED -> "already imported";
                    case REJECTED -> "rejected";
                },
                o.status() == ImportReport.Status.IMPORTED
                        ? items(o.items()) + (o.duplicates() > 0 ? ", " + o.duplicates() + " repeated" : "")
                        : o.reason() == null ? "" : o.reason())).toList();
        return new ImportSummary(report.with(ImportReport.Status.IMPORTED).size(),
                report.with(ImportReport.Status.ALREADY_IMPORTED).size(),
                report.with(ImportReport.Status.REJECTED).size(), report.items(), report.duplicates(), lines);
    }

    /** One line: "2 files imported (120 items, 4 repeated) · 1 already imported · 1 rejected". */
    public String headline() {
        StringBuilder s = new StringBuilder(files(imported) + " imported");
        if (imported > 0) {
            s.append(" (").append(items(items)).append(duplicates > 0 ? ", " + duplicates + " repeated" : "").append(')');
        }
        if (alreadyImported > 0) {
            s.append(" · ").append(alreadyImported).append(" already imported");
        }
        if (rejected > 0) {
            s.append(" · ").append(rejected).append(" rejected");
        }
        return s.toString();
    }

    private static String files(int n) {
        return n == 1 ? "1 file" : n + " files";
    }

    private static String items(int n) {
        return n == 1 ? "1 item" : String.format("%,d items", n);
    }
}
