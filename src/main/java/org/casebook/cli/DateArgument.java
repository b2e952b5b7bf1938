package org.casebook.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** A date on the command line at any precision: 2019, 2019-03 or 2019-03-19. */
final class DateArgument {

    private DateArgument() {
    }

    /** The first day the argument covers. */
    static LocalDate startOf(String option, String value) {
        return parse(option, value, false);
    }

    /** The last day the argument covers: --to 2019 includes 31 December 2019. */
    static LocalDate endOf(String option, String value) {
        return parse(option, value, true);
    }

    private static LocalDate parse(String option, String value, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new CliException(option + " " + value + ": not a date; write 2019, 2019-03 or 2019-03-19");
    }
}
