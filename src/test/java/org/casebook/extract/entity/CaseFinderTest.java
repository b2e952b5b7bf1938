package org.casebook.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.model.Mention;
import org.casebook.model.Relation;
import org.casebook.model.Role;
import org.junit.jupiter.api.Test;

class CaseFinderTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.standard());
    private final CaseFinder cases = new CaseFinder();

    private List<String> surfaces(List<Mention> mentions, List<Integer> indexes) {
        return indexes.stream().map(i -> mentions.get(i).surface()).toList();
    }

    @Test
    void thePersonDetainedIsTheDetaineeAndTheLawyerTakesPart() {
        String text = "Journalist J. Stetina was detained in Almaty. His lawyer Botagoz Jardemalie appealed.";
        List<Mention> mentions = extractor.extract(text);

        CaseFinder.Findings found = cases.find(text, mentions);

        assertThat(found.cases()).singleElement().satisfies(c -> {
            assertThat(mentions.get(c.subject()).surface()).isEqualTo("J. Stetina");
            assertThat(c.subjectRole()).isEqualTo(Role.DETAINEE);
        });
    }

    @Test
    void campaignersBeforeTheirVerbAreAdvocatesOfThePersonConcerned() {
        String text = "MEPs Petras Auštrevičius and Ana Gomes urged the release of Iskander Yerimbetov from prison.";
        List<Mention> mentions = extractor.extract(text);

        CaseFinder.Findings found = cases.find(text, mentions);

        assertThat(found.cases()).singleElement().satisfies(c -> {
            assertThat(mentions.get(c.subject()).surface()).isEqualTo("Iskander Yerimbetov");
            assertThat(surfaces(mentions, c.participants().stream().map(CaseFinder.Participant::mention).toList()))
                    .containsExactlyInAnyOrder("Petras Auštrevičius", "Ana Gomes");
            assertThat(c.participants()).allSatisfy(p -> assertThat(p.role()).isEqualTo(Role.ADVOCATE));
        });
    }

    @Test
    void aTitleSetOffAfterTheNameMakesAnAdvocateNotADefendant() {
        String text = "Mady Delvaux, Member of the European Parliament, who met human rights defender Elena "
                + "Semenova in Brussels, demands an end to her political prosecution.";
        List<Mention> mentions = extractor.extract(text);

        CaseFinder.Findings found = cases.find(text, mentions);

        assertThat(found.cases()).extracting(c -> mentions.get(c.subject()).surface()).containsExactly("Elena Semenova");
        assertThat(found.cases().get(0).participants()).extracting(p -> mentions.get(p.mention()).surface(),
                CaseFinder.Participant::role).containsExactly(org.assertj.core.groups.Tuple.tuple("Mady Delvaux",
                Role.ADVOCATE));
    }

    @Test
    void personsSentencedOrTriedTogetherAreEachInTheOthersCase() {
        String text = "A Kazakh court sentenced activists Maks Bokayev and Talgat Ayan to five years in prison. "
                + "Vladimir Kozlov and Ana Gomes discussed the extradition case. "
                + "Serik Sapargali was sentenced in Aktau while Mukhtar Ablyazov faced charges in London.";
        List<Mention> mentions = extractor.extract(text);

        List<CaseFinder.CaseEvent> found = cases.find(text, mentions).cases();

        assertThat(found).extracting(c -> mentions.get(c.subject()).surface() + ": " + surfaces(mentions,
                c.participants().stream().filter(p -> p.role() == c.subjectRole()).map(CaseFinder.Participant::mention)
                        .toList())).contains("Maks Bokayev: [Talgat Ayan]", "Talgat Ayan: [Maks Bokayev]")
                // listed without a joint word, or with one but not as one list: each has a case, not the other's
                .doesNotContain("Vladimir Kozlov: [Ana Gomes]", "Serik Sapargali: [Mukhtar Ablyazov]",
                        "Mukhtar Ablyazov: [Serik Sapargali]");
    }

    @Test
    void relationsAreReadFromAppositionsAndPossessives() {
        String text = "Iskander Yerimbetov is the brother of Botagoz Jardemalie. Vladimir Kozlov’s wife, Aliya "
                + "Turusbekova, spoke to the press.";
        List<Mention> mentions = extractor.extract(text);

        List<CaseFinder.RelationEvent> relations = cases.find(text, mentions).relations();

        assertThat(relations).extracting(r -> mentions.get(r.person()).surface() + " " + r.relation() + " "
                + mentions.get(r.other()).surface()).containsExactlyInAnyOrder(
                "Iskander Yerimbetov " + Relation.SIBLING + " Botagoz Jardemalie",
                "Aliya Turusbekova " + Relation.SPOUSE + " Vladimir Kozlov");
    }

    /** "subject role [participant:role, …]" for each case found in the text. */
    private List<String> casesIn(String text) {
        List<Mention> mentions = extractor.extract(text);
        return cases.find(text, mentions).cases().stream().map(c -> mentions.get(c.subject()).surface() + " "
                + c.subjectRole() + " " + c.participants().stream().map(p -> mentions.get(p.mention()).surface() + ":"
                + p.role()).toList()).toList();
    }

    @Test
    void theOneWrittenFirstIsConcernedAndTheOneAfterARelationWordIsFamilyEvenWithATitleBetween() {
        String text = "Marat Zhanuzakov, a relative of the Kazakh opposition politician and political refugee, "
                + "Mukhtar Ablyazov, is accused in the criminal case.";
        assertThat(casesIn(text)).containsExactly("Marat Zhanuzakov DEFENDANT [Mukhtar Ablyazov:RELATIVE]");
        List<Mention> mentions = extractor.extract(text);
        assertThat(cases.find(text, mentions).relations()).extracting(r -> mentions.get(r.person()).surface() + " "
                + r.relation() + " " + mentions.get(r.other()).surface())
                .containsExactly("Marat Zhanuzakov " + Relation.RELATIVE + " Mukhtar Ablyazov");
        assertThat(casesIn("Prosecutors dropped the charges against Timur Sarsenov, the brother of Yerlan Sarsenov."))
                .containsExactly("Timur Sarsenov DEFENDANT [Yerlan Sarsenov:RELATIVE]");
    }

    @Test
    void aWifeWrittenBeforeHerHusbandsPossessiveIsFamilyNotTheWriterOfHisCase() {
        assertThat(casesIn("Gulnara Sarsenova, Timur Sarsenov’s wife, wrote a petition asking for a meeting with her "
                + "detained spouse.")).containsExactly("Timur Sarsenov DETAINEE [Gulnara Sarsenova:RELATIVE]");
    }

    @Test
    void personsListedWithWhatTheyAreOrAfterAColonAreEachInTheOthersCase() {
        assertThat(casesIn("Officers arrested the theatre director Yerlan Abenov, as well as the leader of the youth "
                + "wing of the party, Timur Sarsenov.")).containsExactlyInAnyOrder(
                "Yerlan Abenov DETAINEE [Timur Sarsenov:DETAINEE]", "Timur Sarsenov DETAINEE [Yerlan Abenov:DETAINEE]");
        assertThat(casesIn("Irina Mednikova, the editor of the newspaper, and the head of its sales department, Dana "
                + "Akhmetova, were detained by officers.")).containsExactlyInAnyOrder(
                "Irina Mednikova DETAINEE [Dana Akhmetova:DETAINEE]", "Dana Akhmetova DETAINEE [Irina Mednikova:DETAINEE]");
        assertThat(casesIn("Police raided the homes of the journalists: Gulnara Sarsenova, Dana Akhmetova and Timur "
                + "Abenov.")).containsExactlyInAnyOrder(
                "Gulnara Sarsenova DEFENDANT [Dana Akhmetova:DEFENDANT, Timur Abenov:DEFENDANT]",
                "Dana Akhmetova DEFENDANT [Gulnara Sarsenova:DEFENDANT, Timur Abenov:DEFENDANT]",
                "Timur Abenov DEFENDANT [Gulnara Sarsenova:DEFENDANT, Dana Akhmetova:DEFENDANT]");
    }

    @Test
    void prisonOfficialsDoNotMakeADetention() {
        assertThat(casesIn("Gulnara Sarsenova received threats from prison officials.")).isEmpty();
    }

    @Test
    void anAppealOrALetterConcerningSomeoneWithoutACaseWordIsAdvocacyForThem() {
        String inquiry = "The senator Anna Fotyga has filed a written inquiry concerning the activist Timur Sarsenov.";
        String letter = "The ministry replied to the letter from Petras Auštrevičius, MP, concerning the dissidents "
                + "Timur Sarsenov and Yerlan Abenov.";
        for (String text : List.of(inquiry, letter)) {
            List<Mention> mentions = extractor.extract(text);
            CaseFinder.Findings found = cases.find(text, mentions);
            assertThat(found.cases()).isEmpty();
            assertThat(found.advocacies()).singleElement().satisfies(a -> {
                assertThat(surfaces(mentions, a.advocates())).containsExactly(text == inquiry ? "Anna Fotyga"
                        : "Petras Auštrevičius");
                assertThat(surfaces(mentions, a.defended())).containsExactlyElementsOf(text == inquiry
                        ? List.of("Timur Sarsenov") : List.of("Timur Sarsenov", "Yerlan Abenov"));
            });
        }
    }

    @Test
    void someoneWhoAddressesALetterSpeaksForThePersonOfTheReportsCase() {
        assertThat(casesIn("Anna Fotyga, addressed a letter to the Chair of the committee. In her letter, she appealed "
                + "to the government not to extradite Timur Sarsenov.")).containsExactly(
                "Timur Sarsenov DEFENDANT [Anna Fotyga:ADVOCATE]");
    }

    @Test
    void aCaseOnlyReferredToTakesItsRoleFromWhatTheReportTells() {
        assertThat(casesIn("The court decided on Dana Akhmetova’s case. Two officers were convicted of her abduction."))
                .containsExactly("Dana Akhmetova VICTIM []");
    }

    @Test
    void aRelationWordFarFromTheEarlierNameIsNoRelation() {
        for (String text : List.of(
                "Garry Kasparov expressed his support to the wife and the daughter of the Kazakh Mukhtar Ablyazov.",
                "Judge Ivan Petrov met the mother of the detained activist Yerlan Abenov.")) {
            List<Mention> mentions = extractor.extract(text);
            assertThat(cases.find(text, mentions).relations()).as(text).isEmpty();
        }
        assertThat(casesIn("Judge Ivan Petrov met the mother of the detained activist Yerlan Abenov."))
                .containsExactly("Yerlan Abenov DETAINEE [Ivan Petrov:JUDGE]");
    }

    @Test
    void aLongListOfPrisonersOrASentenceJoinedByAsWellAsElsewhereMakesNoCoDefendants() {
        StringBuilder prisoners = new StringBuilder("The MEPs called for the release of political prisoners ");
        String[] given = {"Marat", "Timur", "Yerlan", "Dana", "Gulnara", "Nurlan", "Aigerim", "Erlan", "Anna", "Alma"};
        for (int i = 0; i < given.length; i++) {
            prisoners.append(i == 0 ? "" : i == given.length - 1 ? " and " : ", ").append(given[i]).append(" Sarsenov");
        }
        assertThat(casesIn(prisoners + ".")).hasSize(given.length).allMatch(c -> c.endsWith("DETAINEE []"));
        assertThat(casesIn("The communications concern the detentions of protesters, as well as the release of "
                + "political prisoners Timur Sarsenov, Yerlan Abenov and Dana Akhmetova.")).allMatch(c -> c.endsWith("[]"));
    }

    @Test
    void wordsNearAdvocacyThatAreNoCampaignMakeNoAdvocate() {
        String views = "The banker Ivan Petrov expressed his views regarding the activist Timur Sarsenov.";
        List<Mention> mentions = extractor.extract(views);
        assertThat(cases.find(views, mentions).advocacies()).isEmpty();
        assertThat(casesIn("Ivan Petrov, addressed the court at length. Timur Sarsenov was sentenced to five years."))
                .containsExactly("Timur Sarsenov DEFENDANT []");
    }

    private List<CaseFinder.Phase> phases(String text) {
        return cases.find(text, extractor.extract(text)).cases().stream().map(CaseFinder.CaseEvent::phase).toList();
    }

    @Test
    void aReleaseOrAnArrestIsReadForThePersonsItIsAbout() {
        assertThat(phases("Timur Sarsenov and Yerlan Abenov were released from prison.")).containsOnly(
                CaseFinder.Phase.END);
        assertThat(phases("Officers arrested the journalists Timur Sarsenov and Yerlan Abenov.")).containsOnly(
                CaseFinder.Phase.START);
        assertThat(phases("Timur Sarsenov, who was released in 2012, was arrested again.")).containsExactly(
                CaseFinder.Phase.START);
        assertThat(phases("Timur Sarsenov was not released from prison.")).containsExactly(CaseFinder.Phase.OTHER);
        assertThat(phases("The formerly detained journalist Timur Sarsenov spoke of his trial.")).containsExactly(
                CaseFinder.Phase.OTHER);
    }

    @Test
    void heOrSheIsTheOnePersonOfTheSentenceBeforeOnlyWhenACaseIsTheirs() {
        assertThat(casesIn("Daria Akhmetova asked for asylum in Austria. Now she may have to face extradition to "
                + "Russia.")).containsExactly("Daria Akhmetova DEFENDANT []");
        assertThat(casesIn("Garry Kasparov spoke in Brussels. He said political prisoners must be freed.")).isEmpty();
    }

    @Test
    void everyoneOnTrialTogetherIsACoDefendantHoweverMany() {
        String[] given = {"Marat", "Timur", "Yerlan", "Dana", "Gulnara", "Nurlan", "Aigerim", "Erlan", "Anna"};
        StringBuilder trial = new StringBuilder("The trial of ");
        for (int i = 0; i < given.length; i++) {
            trial.append(i == 0 ? "" : i == given.length - 1 ? " and " : ", ").append(given[i]).append(" Zhanuzakov");
        }
        assertThat(casesIn(trial + " began in Aktau.")).hasSize(given.length)
                .allMatch(c -> c.split(":").length == given.length);
    }
}
