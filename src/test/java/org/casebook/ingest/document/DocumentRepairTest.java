package org.casebook.ingest.document;

import org.casebook.model.Passage;
import org.casebook.model.PassageKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocumentRepairTest {

    private final DocumentRepair repair = new DocumentRepair();

    @Test
    void cleanTextKeepsEveryParagraphAsItIs() {
        String text = "On 19 March 2019 the president resigned after 30 years in office.\n\n"
                + "The report lists 56 victims of torture between 2015 and 2018, see Article 3 of the Convention.\n\n"
                + "Witnesses were heard in Almaty, Astana and Shymkent.\n";
        List<Passage> passages = repair.repair(List.of(text));
        assertThat(passages).containsExactly(
                Passage.body(1, 1, "On 19 March 2019 the president resigned after 30 years in office."),
                Passage.body(1, 2, "The report lists 56 victims of torture between 2015 and 2018, see Article 3 of the Convention."),
                Passage.body(1, 3, "Witnesses were heard in Almaty, Astana and Shymkent."));
    }

    @Test
    void hardWrappedTextWithHyphenatedLineEndsIsRejoined() {
        String text = "The commission visited the detention centre and interviewed twenty-\n"
                + "two detainees about their treatment during the investi-\n"
                + "gation. The investigation was never completed by the\n"
                + "prosecutor, who left the office in May.\n\n"
                + "A second visit is planned for the autumn, subject to the agreement of the\n"
                + "authorities and the availability of independent interpreters for the team.\n";
        List<Passage> passages = repair.repair(List.of(text));
        assertThat(passages).extracting(Passage::text).containsExactly(
                "The commission visited the detention centre and interviewed twenty-two detainees about their treatment "
                        + "during the investigation. The investigation was never completed by the prosecutor, who left the office in May.",
                "A second visit is planned for the autumn, subject to the agreement of the authorities and the availability "
                        + "of independent interpreters for the team.");
    }

    @Test
    void pagesFromAPdfLoseHeadersAndPageNumbersAndKeepTheirFootnotes() {
        String page1 = "ANNUAL MONITORING REPORT\n"
                + "The monitors recorded the detention of protesters in the capital on several\n"
                + "occasions during the spring and documented the conditions of their custody3.\n"
                + "3 Source: https://example.org/monitoring/2019-report\n"
                + "1\n";
        String page2 = "ANNUAL MONITORING REPORT\n"
                + "All detainees were released after 15 days without charge, although several of\n"
                + "them reported ill-treatment to the lawyers who visited them in custody.\n"
                + "2\n";
        List<Passage> passages = repair.repair(List.of(page1, page2));
        assertThat(passages).noneMatch(p -> p.text().contains("ANNUAL MONITORING REPORT"));
        assertThat(passages).extracting(Passage::kind, Passage::page, Passage::footnoteNumber).containsExactly(
                tuple(PassageKind.BODY, 1, null),
                tuple(PassageKind.FOOTNOTE, 1, 3),
                tuple(PassageKind.BODY, 2, null));
        assertThat(passages.get(0).text()).endsWith("documented the conditions of their custody.");
        assertThat(passages.get(0).footnoteRefs()).containsExactly(3);
        assertThat(passages.get(1).text()).isEqualTo("Source: https://example.org/monitoring/2019-report");
        assertThat(passages.get(2).text()).startsWith("All detainees were released after 15 days without charge")
                .endsWith("visited them in custody.");
    }

    @Test
    void numberedListWithoutMarkersIsNotMistakenForFootnotes() {
        String text = "The mission makes the following recommendations to the authorities of the\n"
                + "country concerning detention conditions and access to lawyers for detainees:\n"
                + "1 Release all political prisoners\n"
                + "2 Investigate reports of torture\n";
        List<Passage> passages = repair.repair(List.of(text));
        assertThat(passages).noneMatch(p -> p.kind() == PassageKind.FOOTNOTE);
        assertThat(String.join(" ", passages.stream().map(Passage::text).toList()))
                .contains("1 Release all political prisoners", "2 Investigate reports of torture");
    }

    @Test
    void formFeedsMarkPagesInAWholeDocument() {
        List<Passage> passages = repair.repair(List.of("First page text.\fSecond page text.\f"));
        assertThat(passages).containsExactly(Passage.body(1, 1, "First page text."), Passage.body(2, 2, "Second page text."));
    }

    @Test
    void emptyInputGivesNoPassages() {
        assertThat(repair.repair(List.of(""))).isEmpty();
        assertThat(repair.repair(List.of())).isEmpty();
    }
}
