package org.casebook.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Tokayev, Tokaev", "Tokayev, Токаев", "Nazarbayev, Nazarbaev", "Nazarbayev, Назарбаев",
            "Kassym-Jomart, Kasym-Zhomart", "Auštrevičius, Austrevicius", "Dzhakishev, Jakishev",
            "Baidalinova, Baydalinova", "Mukhtar, Мukhtar", "Yerimbetov, Ерімбетов", "Aliyev, Aliev",
            "Ablyazov, Аблязов", "Gyuzyal, Guzal", "Baydalinova, Baidalinova", "Daniyar, Daniar",
            "Alexander, Aleksander", "Vinyavskiy, Vinyavsky", "Yevgeniy, Evgeny",
    })
    void spellingsOfOneNameShareAKey(String a, String b) {
        assertThat(NameKey.of(a)).isEqualTo(NameKey.of(b));
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource({
            "Shalabayev, Shalabayeva", "Ablyazov, Dzhakishev", "Kozlov, Kozlova", "Syrym, Salim",
    })
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertThat(NameKey.of(a)).isNotEqualTo(NameKey.of(b));
    }

    @Test
    void aGivenNameWrittenWithYuIuOrJuIsOneButASurnameKeepsJuForZhu() {
        assertThat(NameKey.ofGivenName("Yulia")).isEqualTo(NameKey.ofGivenName("Julia"))
                .isEqualTo(NameKey.ofGivenName("Iuliia"));
        assertThat(NameKey.ofWord("Yusupov")).isNotEqualTo(NameKey.ofWord("Zhusupov"));
        assertThat(NameKey.ofWord("Jusupov")).isEqualTo(NameKey.ofWord("Zhusupov"));
        assertThat(NameKey.ofGivenName("Yuan")).isNotEqualTo(NameKey.ofGivenName("Juan"));
        assertThat(NameKey.ofGivenName("Iustina")).isEqualTo(NameKey.ofGivenName("Justina"));
        assertThat(NameKey.of("Iuliia Kozlova")).isEqualTo(NameKey.of("Julia Kozlova")); // lookups and handles too
        assertThat(NameKey.of("Yusupov Marat")).isNotEqualTo(NameKey.of("Zhusupov Marat")); // a surname written first
    }
}
