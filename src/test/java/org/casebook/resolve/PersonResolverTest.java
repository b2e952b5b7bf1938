package org.casebook.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casebook.resolve.PersonResolver.PersonMention;
import org.junit.jupiter.api.Test;

class PersonResolverTest {

    private final List<PersonMention> mentions = new ArrayList<>();

    private void mention(long item, int line, String surface) {
        mentions.add(new PersonMention(mentions.size() + 1, item, 1, line, surface));
    }

    private List<List<String>> persons() {
        return new PersonResolver().resolve(mentions).persons().stream().map(PersonResolver.Cluster::aliases).toList();
    }

    @Test
    void spellingVariantsInitialsAndShortFormsAreOnePerson() {
        mention(1, 1, "Kasym-Zhomart Tokayev");
        mention(2, 2, "Kassym-Jomart Tokayev");
        mention(3, 3, "Tokayev");
        mention(4, 4, "Petras Auštrevičius");
        mention(5, 5, "P. Austrevicius");
        mention(6, 6, "Botagoz Jardemalie");
        mention(7, 7, "Bota Jardemalie");
        mention(8, 8, "Muratbek Ketebayev");
        mention(9, 9, "Muratbek Ketebaeyv");

        assertThat(persons()).containsExactlyInAnyOrder(
                List.of("Kasym-Zhomart Tokayev", "Kassym-Jomart Tokayev", "Tokayev"),
                List.of("Petras Auštrevičius", "P. Austrevicius"),
                List.of("Botagoz Jardemalie", "Bota Jardemalie"),
                List.of("Muratbek Ketebayev", "Muratbek Ketebaeyv"));
    }

    @Test
    void oneFirstNameOrOneFamilyDoesNotMakeOnePerson() {
        mention(1, 1, "Mukhtar Ablyazov");
        mention(2, 2, "Mukhtar Dzhakishev");
        mention(3, 3, "Alma Shalabayeva");
        mention(4, 4, "Syrym Shalabayev");
        mention(5, 5, "Salim Shalabayev");
        mention(6, 6, "Vladimir Kozlov");
        mention(7, 7, "Yulia Kozlova");

        assertThat(persons()).hasSize(7);
    }

    @Test
    void anAmbiguousSurnameIsResolvedByItsItemOrLeftUnresolved() {
        mention(1, 10, "Syrym Shalabayev");
        mention(2, 20, "Salim Shalabayev");
        mention(2, 20, "Shalabayev");
        mention(3, 40, "Shalabayev");

        PersonResolver.Result result = new PersonResolver().resolve(mentions);

        assertThat(result.persons().stream().map(PersonResolver.Cluster::aliases).toList())
                .contains(List.of("Salim Shalabayev", "Shalabayev"));
        assertThat(result.unresolved()).extracting(PersonMention::itemId).containsExactly(3L);
    }

    @Test
    void anInitialThatFitsTwoPersonsIsLeftUnresolved() {
        mention(1, 1, "Syrym Shalabayev");
        mention(2, 2, "Salim Shalabayev");
        mention(3, 3, "S. Shalabayev");

        assertThat(new PersonResolver().resolve(mentions).unresolved()).extracting(PersonMention::surface)
                .containsExactly("S. Shalabayev");
    }
}
