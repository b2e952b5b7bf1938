package org.casebook.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verification rule on its own: what counts as the same report lightly edited, and what does not. */
class DuplicateDetectorTest {

    private static final String REPORT = "Businessman Iskander Yerimbetov has become another victim of the criminal "
            + "case against the Kazakhstani opposition politician Mukhtar Ablyazov. Yerimbetov is the brother of "
            + "Botagoz Jardemalie, Ablyazov’s lawyer, who has been granted political asylum in Belgium.";

    private static boolean same(String a, String b) {
        return DuplicateDetector.sameReport(ReportFingerprint.of(a), ReportFingerprint.of(b));
    }

    @Test
    void whitespaceQuotesAndDashesDoNotMakeADifferentReport() {
        String retyped = REPORT.replace("’", "'").replace(" ", "  ");

        assertThat(ReportFingerprint.of(retyped).contentHash()).isEqualTo(ReportFingerprint.of(REPORT).contentHash());
    }

    @Test
    void aDroppedCommaAFixedTypoOrReorderedWordsAreTheSameReport() {
        assertThat(same(REPORT, REPORT.replace("Ablyazov’s lawyer, who", "Ablyazov’s lawyer who"))).isTrue();
        assertThat(same(REPORT, REPORT.replace("Kazakhstani", "Kazahstani"))).isTrue();
        assertThat(same(REPORT, REPORT.replace("the Kazakhstani opposition politician Mukhtar Ablyazov",
                "Mukhtar Ablyazov, the Kazakhstani opposition politician"))).isTrue();
    }

    @Test
    void aTruncatedTeaserIsTheSameReport() {
        assertThat(same(REPORT, REPORT.substring(0, 140) + "… (read more)")).isTrue();
    }

    @Test
    void aReportWithOtherNumbersIsADifferentReport() {
        String template = "This report examines the cases of %d victims of politically motivated criminal "
                + "prosecutions in Kazakhstan. Among them, at least %d are political prisoners.";

        assertThat(same(String.format(template, 56, 16), String.format(template, 39, 21))).isFalse();
    }

    @Test
    void theSameEventInOtherWordsIsADifferentReport() {
        assertThat(same(REPORT, "Iskander Yerimbetov, a businessman and brother of lawyer Botagoz Jardemalie, "
                + "was detained in Almaty as part of the prosecution of Mukhtar Ablyazov.")).isFalse();
    }

    @Test
    void shortTextsAreOnlyEverExactDuplicates() {
        assertThat(same("The case on persecution", "The case of persecution")).isFalse();
        assertThat(same("The case on persecution", "The case on persecution")).isTrue();
    }
}
