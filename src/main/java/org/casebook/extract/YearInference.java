package org.casebook.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.casebook.model.ItemDate;

/**
 * Gives a yearless date ("Between 17th and 18th of May") a year from the dated items around it in a newest-first
 * list: the year that puts it between its older and newer neighbours, the latest such year if several fit, and
 * otherwise the year that puts it closest to them. The result is marked inferred.
 */
public final class YearInference {

    private YearInference() {
    }

    /**
     * @param newer the date of the nearest dated item above (newer), or null
     * @param older the date of the nearest dated item below (older), or null
     */
    public static ItemDate complete(DateMention mention, LocalDate newer, LocalDate older) {
        if (mention.yearStated()) {
            return mention.toItemDate();
        }
        if (newer == null && older == null) {
            return ItemDate.UNKNOWN;
        }
        LocalDate low = older != null ? older : newer;
        LocalDate high = newer != null ? newer : older;
        if (high.isBefore(low)) {
            LocalDate swap = low;
            low = high;
            high = swap;
        }
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = low.getYear() - 1; year <= high.getYear() + 1; year++) {
            if (!mention.from().validIn(year)) {
                continue;
            }
            LocalDate candidate = mention.start(year);
            long distance = candidate.isBefore(low) ? ChronoUnit.DAYS.between(candidate, low)
                    : candidate.isAfter(high) ? ChronoUnit.DAYS.between(high, candidate) : 0;
            if (distance <= bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return best == null ? ItemDate.UNKNOWN : mention.inferredIn(best);
    }
}
