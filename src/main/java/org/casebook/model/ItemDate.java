package org.casebook.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date of an item: a start, an optional end (for ranges such as "14-16 February 2017"), the precision
 * and where it came from. For MONTH precision the day fields of start/end are 1 and meaningless; for YEAR
 * precision month and day are. An unknown date has null start and end.
 */
public record ItemDate(LocalDate start, LocalDate end, DatePrecision precision, DateOrigin origin) {

    public static final ItemDate UNKNOWN = new ItemDate(null, null, DatePrecision.UNKNOWN, null);

    public ItemDate {
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.UNKNOWN) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("an unknown date has no start or end");
            }
        } else {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(origin, "origin");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
            }
        }
    }

    public static ItemDate stated(LocalDate start, LocalDate end, DatePrecision precision) {
        return new ItemDate(start, end, precision, DateOrigin.STATED);
    }

    public static ItemDate inferred(LocalDate start, LocalDate end, DatePrecision precision) {
        return new ItemDate(start, end, precision, DateOrigin.INFERRED);
    }

    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** ISO prefix matching the precision: 2019, 2019-03 or 2019-03-19; null when unknown. */
    public String isoStart() {
        return iso(start, precision);
    }

    public String isoEnd() {
        return iso(end, precision);
    }

    public static String iso(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
            case UNKNOWN -> null;
        };
    }
}
