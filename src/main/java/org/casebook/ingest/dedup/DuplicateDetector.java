package org.casebook.ingest.dedup;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.casebook.store.ItemStore;

/**
 * Finds the primary item a new report repeats, across the whole workspace: first by the exact-form hash, then
 * among the primaries that share a sketch key, each verified by {@link #sameReport}. Only primaries are filed under
 * sketch keys, so a report repeated a thousand times is compared once.
 */
public final class DuplicateDetector {

    static final double MIN_JACCARD = 0.8;
    static final double MIN_CONTAINMENT = 0.9;
    /** A sketch key shared by more primaries than this says little; the others keys still find the match. */
    static final int MAX_BUCKET = 32;
    private static final int CACHE_SIZE = 20_000;

    private final ItemStore items;
    private KnownHashes knownHashes;
    private KnownHashes knownSketches;
    private final Map<Long, ReportFingerprint> fingerprints = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ReportFingerprint> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The primary of each recently stored text, so the many exact repeats need no query. */
    private final Map<Long, Long> recentPrimaryByHash = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public DuplicateDetector(ItemStore items) {
        this.items = items;
    }

    /** The primary item this report repeats, if any. */
    public OptionalLong primaryFor(ReportFingerprint report) {
        if (knownHashes().mightContain(report.contentHash())) {
            Long recent = recentPrimaryByHash.get(report.contentHash());
            OptionalLong exact = recent != null ? OptionalLong.of(recent)
                    : items.primaryWithContentHash(report.contentHash());
            if (exact.isPresent() && sameReport(report, fingerprint(exact.getAsLong()))) {
                return exact;
            }
        }
        long best = -1;
        double bestScore = 0;
        long[] filedKeys = Arrays.stream(report.probeKeys()).filter(knownSketches()::mightContain).toArray();
        for (long candidate : items.itemsWithSketches(filedKeys, MAX_BUCKET + 1)) {
            double score = similarity(report, fingerprint(candidate));
            if (score > bestScore || score == bestScore && best >= 0 && candidate < best) {
                best = candidate;
                bestScore = score;
            }
        }
        return best >= 0 ? OptionalLong.of(best) : OptionalLong.empty();
    }

    /** Notes a stored report and its primary (itself, if it is one); a primary is also filed under its sketch keys so later reports can find it. */
    public void registerStored(long itemId, ReportFingerprint report, long primaryId) {
        knownHashes().add(report.contentHash());
        recentPrimaryByHash.putIfAbsent(report.contentHash(), primaryId);
        if (primaryId == itemId) {
            items.addSketches(itemId, report.sketchKeys());
            Arrays.stream(report.sketchKeys()).forEach(knownSketches()::add);
            fingerprints.put(itemId, report);
        }
    }

    private KnownHashes knownSketches() {
        if (knownSketches == null) {
            knownSketches = new KnownHashes();
            items.forEachSketchKey(knownSketches::add);
        }
        return knownSketches;
    }

    private KnownHashes knownHashes() {
        if (knownHashes == null) {
            knownHashes = new KnownHashes();
            items.forEachContentHash(knownHashes::add);
        }
        return knownHashes;
    }

    /** After a rolled-back import the cache may name items that were never stored. */
    public void forgetUncommitted() {
        fingerprints.clear();
        recentPrimaryByHash.clear();
    }

    private ReportFingerprint fingerprint(long itemId) {
        ReportFingerprint cached = fingerprints.get(itemId);
        if (cached == null) {
            cached = ReportFingerprint.of(items.text(itemId).orElse(""));
            fingerprints.put(itemId, cached);
        }
        return cached;
    }

    public static boolean sameReport(ReportFingerprint a, ReportFingerprint b) {
        return similarity(a, b) > 0;
    }

    /**
     * 0 when the two are different reports; otherwise how alike they are (higher is closer). Reports whose numbers
     * differ (dates, counts) are different reports, however alike the words: an update is not a repeat.
     */
    static double similarity(ReportFingerprint a, ReportFingerprint b) {
        if (a.contentHash() == b.contentHash() && a.exactForm().equals(b.exactForm())) {
            return 2.0;
        }
        boolean sameNumbers = a.numbers().equals(b.numbers());
        if (!sameNumbers && !a.truncated() && !b.truncated()) {
            return 0; // the cheap test first: most candidates of a template-like report differ in a date or count
        }
        int common = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                common++;
            }
        }
        ReportFingerprint shorter = a.words().size() <= b.words().size() ? a : b;
        ReportFingerprint longer = shorter == a ? b : a;
        if (shorter.words().size() < ReportFingerprint.MIN_WORDS_FOR_NEAR) {
            return 0;
        }
        int union = a.words().size() + b.words().size() - common;
        double jaccard = union == 0 ? 0 : (double) common / union;
        if (jaccard >= MIN_JACCARD && sameNumbers) {
            return 1.0 + jaccard / 10;
        }
        double containment = (double) common / shorter.words().size();
        boolean sameStart = shorter.leadingTokens().equals(longer.leadingTokens());
        boolean numbersContained = longer.numbers().containsAll(shorter.numbers());
        if (numbersContained && shorter.truncated() && containment >= MIN_CONTAINMENT && sameStart) {
            return 1.0 + containment / 20;
        }
        return 0;
    }
}
