package org.casebook.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.model.EntityKind;
import org.casebook.model.Mention;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(Gazetteer.standard());

    private List<String> persons(String text) {
        return extractor.extract(text).stream().filter(m -> m.kind() == EntityKind.PERSON).map(Mention::surface)
                .toList();
    }

    @Test
    void findsFullNamesInitialsAndSurnamesWithTheirSpans() {
        String text = "MEPs J. Stetina, P. Austrevicius and A. Gomes wrote to Nursultan Nazarbayev about "
                + "Vadim Kuramshin. Kuramshin’s lawyer was not admitted.";
        List<Mention> mentions = extractor.extract(text);

        assertThat(persons(text)).containsExactly("J. Stetina", "P. Austrevicius", "A. Gomes", "Nursultan Nazarbayev",
                "Vadim Kuramshin", "Kuramshin");
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.surface()));
        assertThat(mentions).filteredOn(m -> m.surface().equals("J. Stetina")).extracting(Mention::cue)
                .containsExactly("advocate");
        assertThat(mentions).filteredOn(m -> m.surface().equals("A. Gomes")).extracting(Mention::cue)
                .containsExactly("advocate");
    }

    @Test
    void organisationsAndPlacesComeFromTheGazetteersWithTheirCanonicalNames() {
        List<Mention> mentions = extractor.extract("The Open Dialogue Foundation met lawyers in Alma-Ata and Kiev.");

        assertThat(mentions).filteredOn(m -> m.kind() == EntityKind.ORGANISATION).extracting(Mention::canonical)
                .containsExactly("Open Dialog Foundation");
        assertThat(mentions).filteredOn(m -> m.kind() == EntityKind.PLACE).extracting(Mention::canonical)
                .contains("Almaty");
        assertThat(persons("The Open Dialogue Foundation met lawyers in Alma-Ata and Kiev.")).isEmpty();
    }

    @Test
    void readsCyrillicNames() {
        assertThat(persons("Адвокат Мухтара Аблязова Ботагоз Жардемали выступила в Брюсселе.")).contains("Ботагоз Жардемали");
        assertThat(persons("Қазақстан Республикасының Президенті Касым-Жомарт Токаев мәлімдеме жасады."))
                .containsExactly("Касым-Жомарт Токаев");
    }

    @Test
    void titlesAndSentenceOpenersAreNotPartOfTheName() {
        assertThat(persons("Ex-President Nursultan Nazarbayev met Mr Axel E. Fischer in Berlin.")).containsExactly(
                "Nursultan Nazarbayev", "Axel E. Fischer");
    }

    @Test
    void aTitleBeforeAColonIntroducesTheNameButASpeechDoesNot() {
        assertThat(cueOf("Threats came from a representative of the NSC: Nurlan Abenov", "Nurlan Abenov"))
                .isEqualTo("official");
        assertThat(cueOf("He told the prosecutor: Timur Sarsenov is innocent.", "Timur Sarsenov")).isNull();
        assertThat(cueOf("Yerlan Abenov will appeal; his lawyer: Dana Akhmetova.", "Dana Akhmetova")).isEqualTo("lawyer");
        assertThat(cueOf("Kozlov was detained, his wife said. His lawyer: Dana Akhmetova.", "Dana Akhmetova"))
                .isEqualTo("lawyer");
        assertThat(cueOf("He shouted at the judge: Vladimir Kozlov is innocent.", "Vladimir Kozlov")).isNull();
        assertThat(cueOf("Prosecutors dropped the charges against Timur Sarsenov.", "Timur Sarsenov")).isNull();
    }

    private String cueOf(String text, String surface) {
        return extractor.extract(text).stream().filter(m -> m.surface().equals(surface)).findFirst().orElseThrow()
                .cue();
    }
}
