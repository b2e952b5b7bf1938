package org.casebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector languages = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|On 19 March 2019, Nursultan Nazarbayev, who served as President for 30 years, resigned.",
            "ru|19 марта 2019 года Нурсултан Назарбаев, который был президентом 30 лет, ушёл в отставку.",
            "kk|Қазақстан Республикасының Президенті Мұхтар Әблязовтың ісі бойынша мәлімдеме жасады.",
            "uk|Українські політв'язні в Росії та окупованому Криму потребують підтримки.",
            "de|Die Stiftung Offener Dialog hat mit Abgeordneten des Bundestages über die Lage in Kasachstan gesprochen.",
            "pl|Fundacja Otwarty Dialog zorganizowała w Warszawie protest w obronie więźniów politycznych.",
    })
    void detectsTheLanguageOfAReport(String expected, String text) {
        assertThat(languages.detect(text)).isEqualTo(expected);
    }

    @Test
    void aTextTooShortToTellGetsNoLanguage() {
        assertThat(languages.detect("03.06.2013 – 10.06.2013")).isNull();
        assertThat(languages.detect("Press announcement")).isNull();
    }
}
