package org.casebook.ingest;

import java.util.Optional;
import org.casebook.extract.DateExtractor;
import org.casebook.extract.DateMention;
import org.casebook.extract.LanguageDetector;
import org.casebook.ingest.dedup.ReportFingerprint;

/**
 * Everything about one report's text that needs no database: its fingerprint, its principal date mention and its
 * language. Safe to compute on several threads at once.
 */
record ItemAnalysis(String text, ReportFingerprint fingerprint, Optional<DateMention> dateMention, String lang) {

    /** The shared, thread-safe analysers. */
    record Analysers(DateExtractor dates, LanguageDetector languages) {

        static Analysers standard() {
            return new Analysers(new DateExtractor(), new LanguageDetector());
        }

        ItemAnalysis analyse(String cleanText) {
            return new ItemAnalysis(cleanText, ReportFingerprint.of(cleanText), dates.principal(cleanText),
                    languages.detect(cleanText));
        }
    }
}
