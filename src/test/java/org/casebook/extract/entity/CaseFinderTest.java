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
}
