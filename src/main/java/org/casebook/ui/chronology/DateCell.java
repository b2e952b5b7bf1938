package org.casebook.ui.chronology;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.casebook.model.ItemDate;

/** A table cell showing a date as precisely as it is known, inferred dates marked, with the explanation on hover. */
public final class DateCell<S> extends TableCell<S, S> {

    private final Function<S, ItemDate> dateOf;

    public DateCell(Function<S, ItemDate> dateOf) {
        this.dateOf = dateOf;
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("inferred", "undated");
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        ItemDate date = dateOf.apply(row);
        setText(DateLabels.label(date));
        setTooltip(new Tooltip(DateLabels.explanation(date)));
        if (DateLabels.isInferred(date)) {
            getStyleClass().add("inferred");
        } else if (!date.isKnown()) {
            getStyleClass().add("undated");
        }
    }
}
