package org.casebook.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the researcher is and has been: a place is a pane and, later, what it shows (a person's dossier, an item).
 * Back and forward walk the history like a browser's.
 */
public final class Navigation {

    /** A place in the window: the pane and an optional subject (e.g. an item or person id, for later panes). */
    public record Place(Pane pane, String subject) {
        public static Place of(Pane pane) {
            return new Place(pane, null);
        }
    }

    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Place> current;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    public Navigation(Place start) {
        current = new ReadOnlyObjectWrapper<>(start);
    }

    public ReadOnlyObjectProperty<Place> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Place current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Goes to a place; the way back leads to where the researcher was. Going where one already is does nothing. */
    public void go(Place place) {
        if (place.equals(current.get())) {
            return;
        }
        back.push(current.get());
        forward.clear();
        current.set(place);
        update();
    }

    public void back() {
        if (!back.isEmpty()) {
            forward.push(current.get());
            current.set(back.pop());
            update();
        }
    }

    public void forward() {
        if (!forward.isEmpty()) {
            back.push(current.get());
            current.set(forward.pop());
            update();
        }
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }
}
