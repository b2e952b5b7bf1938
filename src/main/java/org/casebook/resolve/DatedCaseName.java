package org.casebook.resolve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a case told apart from another of its person by years ({@link CaseEpisodes}): "Prosecution of
 * Zhanbolat Mamay (2011–2012)" is the base "Prosecution of Zhanbolat Mamay" and the years 2011 to 2012. A hyphen
 * reads as the dash.
 */
record DatedCaseName(String base, int from, int to) {

    private static final Pattern DATED = Pattern.compile("(.+) \\((\\d{4})(?:[–-](\\d{4}))?\\)");

    static Optional<DatedCaseName> parse(String name) {
        Matcher dated = DATED.matcher(name);
        if (!dated.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(dated.group(2));
        return Optional.of(new DatedCaseName(dated.group(1), from,
                dated.group(3) == null ? from : Integer.parseInt(dated.group(3))));
    }

    /** Whether this is one of the cases "base" was told apart into. */
    static boolean isPartOf(String name, String base) {
        return parse(name).filter(d -> d.base().equals(base)).isPresent();
    }

    /** Whether another name of the same base names a year these years hold ("… (2012)" in "… (2011–2012)"). */
    boolean holds(DatedCaseName other) {
        return base.equals(other.base) && from <= other.from && other.from <= to;
    }
}
