package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavigationTest {

    @Test
    void backAndForwardWalkTheHistoryLikeABrowser() {
        Navigation nav = new Navigation(Navigation.Place.of(Pane.CHRONOLOGY));
        assertThat(nav.canGoBackProperty().get()).isFalse();

        nav.go(new Navigation.Place(Pane.DOSSIER, "person:12"));
        nav.go(new Navigation.Place(Pane.DOSSIER, "person:12"));
        nav.go(Navigation.Place.of(Pane.NETWORK));
        nav.back();
        assertThat(nav.current()).isEqualTo(new Navigation.Place(Pane.DOSSIER, "person:12"));
        nav.back();
        assertThat(nav.current().pane()).isEqualTo(Pane.CHRONOLOGY);
        assertThat(nav.canGoBackProperty().get()).isFalse();
        nav.forward();
        assertThat(nav.current().subject()).isEqualTo("person:12");
        nav.go(Navigation.Place.of(Pane.CHRONOLOGY));
        assertThat(nav.canGoForwardProperty().get()).isFalse();
    }
}
