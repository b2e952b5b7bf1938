package org.casebook.ingest.document;

import org.casebook.model.Passage;
import org.casebook.model.PassageKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The two PDF-extracted letters of the demo corpus, checked for what a reader of the repaired text sees. */
class DocumentRepairSeedTest {

    private static final String LETTER = "003_18f4504d73d743c8.txt";
    private static final String RECOMMENDATIONS = "004_ffcf91469082d137.txt";

    private final DocumentRepair repair = new DocumentRepair();

    static String seed(String name) throws IOException {
        Path bundled = Path.of("resources", "demo", name);
        Path shared = Path.of("..", "shared", "seeds", name);
        return Files.readString(Files.exists(bundled) ? bundled : shared);
    }

    private List<Passage> letter() throws IOException {
        return repair.repair(List.of(seed(LETTER)));
    }

    private static Passage containing(List<Passage> passages, String text) {
        List<Passage> found = passages.stream().filter(p -> p.text().contains(text)).toList();
        assertThat(found).as("passages containing <%s>", text).hasSize(1);
        return found.get(0);
    }

    private static List<Passage> ofKind(List<Passage> passages, PassageKind kind) {
        return passages.stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    void letterHasNoTabsOrDoubleSpacesAndIsNumberedThroughout() throws IOException {
        List<Passage> passages = letter();
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).doesNotContain("\t", "  ").isEqualTo(p.text().strip()));
        assertThat(passages).extracting(Passage::paragraph)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, passages.size()).boxed().toList());
    }

    @Test
    void letterRunsOverFourPages() throws IOException {
        List<Passage> passages = letter();
        assertThat(passages).extracting(Passage::page).containsOnly(1, 2, 3, 4).isSorted();
        assertThat(containing(passages, "Besides, 8 people have received suspended sentences").page()).isEqualTo(2);
        assertThat(containing(passages, "The police detained en masse").page()).isEqualTo(3);
        assertThat(containing(passages, "Mr Wolfgang Schäuble").page()).isEqualTo(4);
    }

    @Test
    void wrappedLinesAreJoinedIntoWholeParagraphs() throws IOException {
        List<Passage> passages = letter();
        containing(passages, "The Open Dialog Foundation deeply regrets that the Rapporteur Axel Fischer didn’t take into "
                + "account conclusions of human rights organizations and written declarations of PACE members concerning "
                + "sharp deterioration of the situation with human rights in Kazakhstan.");
        containing(passages, "The proof of that is the recent deterioration in relations between Kazakhstan and Kyrgyzstan "
                + "(the latter is the only non-authoritarian state in the Central Asia).");
        List<Passage> longBody = ofKind(passages, PassageKind.BODY).stream().filter(p -> p.text().length() > 150 && !p.text().contains("\n")).toList();
        assertThat(longBody).hasSizeGreaterThan(15)
                .allSatisfy(p -> assertThat(p.text()).as("paragraph end").matches("(?s).*[.:;]\\W*"));
    }

    @Test
    void paragraphCutByThePageBreakIsOnePassageOnItsFirstPage() throws IOException {
        Passage prisoners = containing(letter(), "Aron Atabek, Sanat Bukenov and Edige Batyrov; trade union activists");
        assertThat(prisoners.page()).isEqualTo(1);
        assertThat(prisoners.text()).startsWith("According to the Open Dialog Foundation’s investigations, at this moment 17 political prisoners")
                .endsWith("which is an example of ‘punitive psychiatry’.");
    }

    @Test
    void gluedFootnoteMarkersMoveIntoFootnoteRefs() throws IOException {
        List<Passage> passages = letter();
        assertThat(containing(passages, "(Germany, EPP/CD) \"The relations of the Council of Europe with Kazakhstan\".").footnoteRefs())
                .containsExactly(1);
        assertThat(containing(passages, "Foundation’s investigations, at this moment 17 political prisoners").footnoteRefs())
                .containsExactly(2);
        Passage declarations = containing(passages, "signed by 25 Members of PACE from 18 countries. Unfortunately");
        assertThat(declarations.footnoteRefs()).containsExactly(3, 4);
        assertThat(declarations.text()).contains("dated 27 April, 2017", "signed by 26 MPs from 17 countries.");
        Passage kyrgyzstan = containing(passages, "the corrupt influence of oligarchs on Nazarbayev. After that");
        assertThat(kyrgyzstan.footnoteRefs()).containsExactly(5);
        assertThat(kyrgyzstan.text()).contains("on 10 October, 2017 – 5 days before", "On 7 October, 2017, President");
        assertThat(containing(passages, "With regard to more than 5 Ablyazov's colleagues").footnoteRefs()).isEmpty();
        assertThat(passages).noneMatch(p -> p.text().contains("investigations2") || p.text().contains("countries3")
                || p.text().contains("countries4") || p.text().contains("Nazarbayev5") || p.text().contains("Kazakhstan\".1"));
    }

    @Test
    void footnotesBecomeTheirOwnPassagesWithNumbersAndUrls() throws IOException {
        List<Passage> notes = ofKind(letter(), PassageKind.FOOTNOTE);
        assertThat(notes).extracting(Passage::footnoteNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(notes).extracting(Passage::page).containsExactly(1, 2, 2, 2, 3);
        assertThat(notes.get(0).text()).isEqualTo("http://assembly.coe.int/nw/xml/News/News-View-EN.asp?newsid=6846&lang=2 "
                + "http://website-pace.net/documents/18848/3421624/20171019-Kazakhstan-EN.pdf/e982f663-c5b2-4bf6-bf03-90be5bcf5126");
        assertThat(notes.get(1).text()).isEqualTo("http://en.odfoundation.eu/a/8423,the-list-of-kazakhstani-political-prisoners-"
                + "and-persons-subjected-to-politically-motivated-prosecution-by-kazakhstan");
        assertThat(notes.get(4).text()).isEqualTo("https://rus.azattyq.org/a/atambaev-nazarbayev-vybory/28780324.html");
    }

    @Test
    void letterheadIsDroppedButSignatureAndCcListStay() throws IOException {
        List<Passage> passages = letter();
        assertThat(passages).noneMatch(p -> p.text().contains("Szucha") || p.text().contains("+48 22")
                || p.text().contains("facebook.com/OpenDialogFoundation") || p.text().contains("Postal box")
                || p.text().contains("Rue de la Loi") || p.text().equals("Open Dialog Foundation"));
        for (String kept : List.of("Yours Sincerely,", "Lyudmyla Kozlovska", "President of the Open Dialog Foundation", "CC:")) {
            assertThat(passages).filteredOn(p -> p.text().equals(kept)).singleElement()
                    .extracting(Passage::kind).isEqualTo(PassageKind.BODY);
        }
        Passage schaeuble = containing(passages, "Mr Wolfgang Schäuble");
        assertThat(schaeuble.kind()).isEqualTo(PassageKind.BODY);
        assertThat(schaeuble.text()).contains("Email: wolfgang.schaeuble@bundestag.de", "Tel.: +49 (0) 30-227-726 00");
    }

    @Test
    void titleLinesAreHeadingsAndTheRestIsCountedAsRead() throws IOException {
        List<Passage> passages = letter();
        assertThat(ofKind(passages, PassageKind.HEADING)).extracting(Passage::text).containsExactly(
                "THE COUNCIL OF EUROPE SHOULD NOT TURN A BLIND EYE TO DESPOTIC ACTIONS OF KAZAKHSTANI DICTATOR",
                "Open letter concerning PACE report on enhancing cooperation with Kazakhstan");
        // by reading: 20 letter paragraphs, 3 signature lines, "CC:" and 3 addressees
        assertThat(ofKind(passages, PassageKind.BODY)).hasSizeBetween(26, 28);
    }

    @Test
    void doubleSpacedRecommendationsKeepTheirRealParagraphs() throws IOException {
        List<Passage> passages = repair.repair(List.of(seed(RECOMMENDATIONS)));
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).doesNotContain("\t", "  ", "\n"));
        assertThat(passages).noneMatch(p -> p.kind() == PassageKind.FOOTNOTE || !p.footnoteRefs().isEmpty());
        assertThat(passages).extracting(Passage::page).containsOnly(1, 2, 3).isSorted();
        Passage opening = containing(passages, "the ODF calls on diplomats and representatives of international organisations "
                + "to raise the following concerns during bilateral and multilateral meetings with Kazakhstan authorities:");
        assertThat(opening.text()).startsWith("On the occasion of snap Presidential election in Kazakhstan announced for June 9,");
        containing(passages, "Since 13 March 2018, the day that marks the authorities’ ban of the peaceful opposition movement "
                + "“Democratic Choice of Kazakhstan” (DCK), more than 900 persons participating in peaceful rallies");
        assertThat(passages).filteredOn(p -> p.text().matches("\\d\\. .*")).extracting(p -> p.text().substring(0, 2))
                .containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.");
        assertThat(containing(passages, "4. demand that Kazakhstan authorities end every form of harassment").page()).isEqualTo(2);
        assertThat(passages.get(0).kind()).isEqualTo(PassageKind.HEADING);
        assertThat(passages.get(0).text()).isEqualTo("Subject: Recommendations on the human rights situation in Kazakhstan "
                + "in view of upcoming Presidential election on June 9");
        // by reading: subject line, opening paragraph, 9 recommendations with 9 explanations
        assertThat(passages).hasSizeBetween(19, 21);
    }
}
