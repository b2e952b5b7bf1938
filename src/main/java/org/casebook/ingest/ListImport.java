package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import org.casebook.extract.DateMention;
import org.casebook.extract.Workers;
import org.casebook.extract.YearInference;
import org.casebook.ingest.dedup.ReportFingerprint;
import org.casebook.model.DateOrigin;
import org.casebook.model.Item;
import org.casebook.model.ItemDate;
import org.casebook.model.Locator;
import org.casebook.store.ItemStore;

/**
 * Imports a list file (one report per line, newest first) as a stream: lines are read and analysed in batches
 * (analysis on all cores), then stored in order, so memory stays bounded whatever the file's size. A first line that
 * repeats the first report is the file's title, not a report. A day and month without a year are dated after the
 * whole file is stored, from the nearest dated items above and below.
 */
final class ListImport {

    static final int MAX_LINE_CHARS = 1_000_000;
    static final int BATCH = 2_000;
    /** How far (in lines) a yearless item looks for a dated neighbour. */
    static final int NEIGHBOUR_REACH = 50;

    private record Line(int number, String text) {
    }

    private record Yearless(long itemId, int line, DateMention mention) {
    }


    private final ItemStore items;
    private final ItemAnalysis.Analysers analysers;
    private final ImportListener listener;

    ListImport(ItemStore items, ItemAnalysis.Analysers analysers, ImportListener listener) {
        this.items = items;
        this.analysers = analysers;
        this.listener = listener;
    }

    void run(Path file, TextEncoding.Detected encoding, long sourceId, ItemWriter writer)
            throws RejectedSourceException, IOException {
        List<Yearless> yearless = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            try (LineReader reader = new LineReader(in, encoding.charset(), MAX_LINE_CHARS)) {
                List<Line> batch = new ArrayList<>(BATCH);
                batch.addAll(readHead(reader));
                ForkJoinTask<Analysed> pending = null;
                String text;
                while ((text = reader.next()) != null) {
                    if (!text.isBlank()) { // cleaned on the analysis threads; a line of invisible marks is dropped there
                        batch.add(new Line(reader.lineNumber(), text));
                    }
                    if (batch.size() >= BATCH) {
                        ForkJoinTask<Analysed> next = analyseAsync(batch);
                        storeWhenAnalysed(pending, writer, yearless, file);
                        pending = next;
                        batch = new ArrayList<>(BATCH);
                    }
                }
                ForkJoinTask<Analysed> last = analyseAsync(batch);
                storeWhenAnalysed(pending, writer, yearless, file);
                storeWhenAnalysed(last, writer, yearless, file);
            }
        }
        for (Yearless y : yearless) {
            Optional<LocalDate> newer = items.datedNeighbour(sourceId, y.line(), true, NEIGHBOUR_REACH);
            Optional<LocalDate> older = items.datedNeighbour(sourceId, y.line(), false, NEIGHBOUR_REACH);
            ItemDate date = YearInference.complete(y.mention(), newer.orElse(null), older.orElse(null));
            if (date.isKnown()) {
                writer.redate(y.itemId(), ItemDate.UNKNOWN, date);
                correctPrimary(y.itemId(), date, window(newer, older));
            }
        }
    }

    /** Days between the dated neighbours that bound a year; the narrower, the surer the year. */
    private static long window(Optional<LocalDate> newer, Optional<LocalDate> older) {
        if (newer.isEmpty() || older.isEmpty()) {
            return Long.MAX_VALUE;
        }
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(older.get(), newer.get()));
    }

    /**
     * A repeat whose neighbours bound the year more tightly than its primary's corrects the primary's inferred
     * year (000:27 "On the 24 of February" sits between items three years apart; its copy in 001 between items
     * three weeks apart).
     */
    private void correctPrimary(long itemId, ItemDate date, long window) {
        Optional<Item> item = items.find(itemId);
        if (item.isEmpty() || !item.get().isDuplicate()) {
            return;
        }
        Optional<Item> primary = items.find(item.get().duplicateOf());
        if (primary.isEmpty() || primary.get().date().origin() != DateOrigin.INFERRED
                || !primary.get().locator().isLine() || primary.get().date().equals(date)) {
            return;
        }
        Item p = primary.get();
        long primaryWindow = window(items.datedNeighbour(p.sourceId(), p.locator().line(), true, NEIGHBOUR_REACH),
                items.datedNeighbour(p.sourceId(), p.locator().line(), false, NEIGHBOUR_REACH));
        if (window < primaryWindow) {
            items.updateDate(p.id(), date);
        }
    }

    /**
     * The non-empty lines up to and including the second one, without the title: a first line followed by a blank
     * line and then by the same report.
     */
    private static List<Line> readHead(LineReader reader) throws RejectedSourceException {
        List<Line> head = new ArrayList<>();
        boolean blankAfterFirst = false;
        String text;
        while (head.size() < 2 && (text = reader.next()) != null) {
            String clean = TextCleaner.clean(text);
            if (clean.isEmpty()) {
                blankAfterFirst |= head.size() == 1;
                continue;
            }
            head.add(new Line(reader.lineNumber(), clean));
        }
        if (head.size() == 2 && blankAfterFirst && ReportFingerprint.exactForm(head.get(0).text())
                .equals(ReportFingerprint.exactForm(head.get(1).text()))) {
            head.remove(0);
        }
        return head;
    }

    private record Analysed(List<Line> batch, List<ItemAnalysis> analyses) {
    }

    /**
     * Analyses a batch on the shared pool while the previous batch is being stored: analysis (CPU) and storing
     * (SQLite, one thread) overlap instead of taking turns.
     */
    private ForkJoinTask<Analysed> analyseAsync(List<Line> batch) {
        return Workers.POOL.submit(() -> new Analysed(batch,
                batch.parallelStream().map(l -> analysers.analyse(TextCleaner.clean(l.text()))).toList()));
    }

    private void storeWhenAnalysed(ForkJoinTask<Analysed> pending, ItemWriter writer, List<Yearless> yearless,
                                   Path file) {
        if (pending == null) {
            return;
        }
        store(pending.join(), writer, yearless);
        listener.itemsStored(file, writer.stored());
    }

    private void store(Analysed analysed, ItemWriter writer, List<Yearless> yearless) {
        List<Line> batch = analysed.batch();
        List<ItemAnalysis> analyses = analysed.analyses();
        for (int i = 0; i < batch.size(); i++) {
            ItemAnalysis analysis = analyses.get(i);
            if (analysis.text().isEmpty()) {
                continue;
            }
            Optional<DateMention> mention = analysis.dateMention();
            ItemDate date = mention.filter(DateMention::yearStated).map(DateMention::toItemDate)
                    .orElse(ItemDate.UNKNOWN);
            long id = writer.write(analysis, Locator.line(batch.get(i).number()), date, List.of());
            if (mention.isPresent() && !mention.get().yearStated()) {
                yearless.add(new Yearless(id, batch.get(i).number(), mention.get()));
            }
        }
    }
}
