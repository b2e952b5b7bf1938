package org.casebook.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.casebook.extract.DateExtractor;
import org.casebook.extract.DateMention;
import org.casebook.extract.LanguageDetector;
import org.casebook.ingest.dedup.ReportFingerprint;
import org.casebook.resolve.NameKey;

/**
 * Everything about one report's text that needs no database: its fingerprint, its principal date mention and its
 * language. Safe to compute on several threads at once. (Names are extracted later, by the entity pass.)
 */
record ItemAnalysis(String text, ReportFingerprint fingerprint, Optional<DateMention> dateMention, String lang,
                    String searchText) {

    /** The shared, thread-safe analysers. */
    record Analysers(DateExtractor dates, LanguageDetector languages, Map<String, ItemAnalysis> recent) {

        /** Collected reports repeat verbatim (80 of the 742 seed items do): a repeat is not analysed again. */
        private static final int RECENT_TEXTS = 4096;

        static Analysers standard() {
            return new Analysers(new DateExtractor(), new LanguageDetector(),
                    Collections.synchronizedMap(new LinkedHashMap<>(RECENT_TEXTS, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, ItemAnalysis> eldest) {
                            return size() > RECENT_TEXTS;
                        }
                    }));
        }

        ItemAnalysis analyse(String cleanText) {
            ItemAnalysis known = recent.get(cleanText);
            if (known != null) {
                return known;
            }
            ItemAnalysis analysis = new ItemAnalysis(cleanText, ReportFingerprint.of(cleanText),
                    dates.principal(cleanText), languages.detect(cleanText), NameKey.foldText(cleanText));
            recent.put(cleanText, analysis);
            return analysis;
        }
    }
}
