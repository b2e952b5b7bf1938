package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFamiliesTest {

    private final WordFamilies families = WordFamilies.standard();

    @Test
    void inflectedFormsReachTheFamilyOfTheirStem() {
        assertThat(families.relatives("detained")).containsExactlyInAnyOrder("detention", "detainee");
        assertThat(families.relatives("Detaining")).contains("detention");
        assertThat(families.relatives("prosecutions")).containsExactly("prosecutor");
        assertThat(families.relatives("Kozlov")).isEmpty();
    }

    @Test
    void everyLineJoinsWordsTheStemmerKeepsApartAndNoWordIsInTwoFamilies() {
        Set<String> seen = new HashSet<>();
        for (List<String> family : families.families()) {
            assertThat(family.stream().map(WordFamilies::stem).distinct().count())
                    .as("a family whose words share one stem adds nothing: %s", family).isGreaterThan(1);
            for (String word : family) {
                assertThat(word).as("one word of letters, as the index splits text").matches("\\p{L}+");
            }
            for (String stem : family.stream().map(WordFamilies::stem).distinct().toList()) {
                assertThat(seen.add(stem)).as("%s of %s is in another family too", stem, family).isTrue();
            }
        }
    }
}
