package org.casebook.ui.chronology;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casebook.model.DateOrigin;
import org.casebook.model.ItemDate;

/** An item's date as the chronology shows it: as precise as it is known, and marked when Casebook inferred it. */
public final class DateLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** Marks an inferred date in the table: "≈ May 2019". */
    public static final String INFERRED_MARK = "≈ ";

    private DateLabels() {
    }

    /** 19 Mar 2019 / Mar 2019 / 2019 / undated; an inferred date starts with {@value #INFERRED_MARK}. */
    public static String label(ItemDate date) {
        String text = switch (date.precision()) {
            case DAY -> DAY.format(date.start());
            case MONTH -> MONTH.format(date.start());
            case YEAR -> Integer.toString(date.start().getYear());
            case UNKNOWN -> "undated";
        };
        return isInferred(date) ? INFERRED_MARK + text : text;
    }

    public static boolean isInferred(ItemDate date) {
        return date.isKnown() && date.origin() == DateOrigin.INFERRED;
    }

    /** The longer explanation shown on hover: the range and where the date comes from. */
    public static String explanation(ItemDate date) {
        if (!date.isKnown()) {
            return "No date is written in this report";
        }
        String range = date.end() != null && !date.end().equals(date.start())
                ? DAY.format(date.start()) + " – " + DAY.format(date.end()) : label(withoutMark(date));
        return range + (isInferred(date)
                ? " (inferred: the year from the neighbouring reports, or a document's latest event)"
                : " (stated in the text)");
    }

    private static ItemDate withoutMark(ItemDate date) {
        return new ItemDate(date.start(), date.end(), date.precision(), DateOrigin.STATED);
    }
}
