package org.casebook.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.model.Mention;
import org.casebook.model.Relation;
import org.casebook.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(casesIn("The MEPs called for the release of political prisoners " + namesList(10, "Sarsenov") + "."))
                .hasSize(10).allMatch(c -> c.endsWith("DETAINEE []"));
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

    private static final String[] GIVEN = {"Marat", "Timur", "Yerlan", "Dana", "Gulnara", "Nurlan", "Aigerim", "Erlan",
            "Anna", "Alma"};

    /** "Marat X, Timur X, … and Alma X": the first {@code count} given names with one surname. */
    private static String namesList(int count, String surname) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) {
            names.append(i == 0 ? "" : i == count - 1 ? " and " : ", ").append(GIVEN[i]).append(' ').append(surname);
        }
        return names.toString();
    }

    private List<CaseFinder.Phase> phases(String text) {
        return cases.find(text, extractor.extract(text)).cases().stream().map(CaseFinder.CaseEvent::phase).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Timur Sarsenov and Yerlan Abenov were released from prison. | END",
            "Officers arrested the journalists Timur Sarsenov and Yerlan Abenov. | START",
            "The KNB arrested Vladimir Kozlov in Almaty. | START",
            "Timur Sarsenov, who was released in 2012, was arrested again. | START",
            "Vladimir Kozlov (who was released in 2012) was arrested again. | START",
            "Timur Sarsenov was not released from prison. | OTHER",
            "The formerly detained journalist Timur Sarsenov spoke of his trial. | OTHER",
            "Reporters visited this detained journalist, Vladimir Kozlov, in prison. | OTHER",
            "Vladimir Kozlov, whose son was arrested in 2016, remains in prison. | OTHER",
    })
    void aReleaseOrAnArrestIsReadForThePersonsItIsAbout(String sentence, CaseFinder.Phase phase) {
        assertThat(phases(sentence)).isNotEmpty().containsOnly(phase);
    }

    @Test
    void heOrSheIsTheOnePersonOfTheSentenceBeforeOnlyWhenACaseIsTheirs() {
        assertThat(casesIn("Daria Akhmetova asked for asylum in Austria. Now she may have to face extradition to "
                + "Russia.")).containsExactly("Daria Akhmetova DEFENDANT []");
        assertThat(casesIn("Garry Kasparov spoke in Brussels. He said political prisoners must be freed.")).isEmpty();
    }

    @Test
    void everyoneOnTrialTogetherIsACoDefendantHoweverMany() {
        assertThat(casesIn("The trial of " + namesList(9, "Zhanuzakov") + " began in Aktau.")).hasSize(9)
                .allMatch(c -> c.split(":").length == 9);
    }

    @Test
    void eachPersonsOwnVerbComesBeforeTheLists() {
        String text = "Police detained Vladimir Kozlov and Aron Atabek was released on bail.";
        List<Mention> mentions = extractor.extract(text);
        assertThat(cases.find(text, mentions).cases()).extracting(c -> mentions.get(c.subject()).surface() + " "
                + c.phase()).contains("Vladimir Kozlov START", "Aron Atabek END");
    }

    @Test
    void aPronounIsTheSubjectOfTheCaseVerbOrNothing() {
        assertThat(casesIn("Vladimir Kozlov spoke to us. He was told that his brother had been arrested.")).isEmpty();
        assertThat(casesIn("Vladimir Kozlov spoke to us. He has since been detained.")).containsExactly(
                "Vladimir Kozlov DETAINEE []");
    }

    @Test
    void aTrialNamedElsewhereInTheSentenceMakesNoCoDefendantsOfALongList() {
        assertThat(casesIn("After the trial of Mukhtar Ablyazov in absentia, the MEPs named the political prisoners "
                + namesList(10, "Zhanuzakov") + " as victims of the regime.")).filteredOn(c -> c.contains("Zhanuzakov"))
                .allMatch(c -> !c.substring(c.indexOf('[')).contains("Zhanuzakov"));
    }
}
