package org.casebook.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates and date ranges in English and Russian report text: "19 March 2019", "March 19th 2020",
 * "October 16, 2020", "11.03.2015", "3/22/2011", "Between 17th and 18th of May", "June 22-23th", "30-4 October" (30
 * September to 4 October), "03.06.2013 – 10.06.2013", "In July 2018", "in 2016". Slashed numeric dates are read
 * month first (US), dotted ones day first (European), as the corpus writes them. Thread-safe.
 */
public final class DateExtractor {

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
    private static final Map<String, Integer> MONTHS = monthNumbers();

    private static final String DAY = "(?<![\\d.,/])([0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)";
    private static final String MONTH = "(" + MONTH_NAMES + ")\\.?(?![\\p{L}])";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    private static final String TO = "\\s*(?:-|–|—|and|to|till|until)\\s*";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    /** Where a mention can start: not inside a word, and at a letter or digit that can open one (a fast reject). */
    private static final String START = "(?<![\\p{L}\\p{N}])(?=[\\dBbFftMTWSJAONDяфмаисонд])";
    private static final String OPT_YEAR = "(?:\\s*,?\\s*" + YEAR + ")?";

    /** "30-4 October", "14 and 16 February, 2017", "Between 17th and 18th of May", "30 September – 4 October 2019". */
    private static final Pattern DAY_RANGE = Pattern.compile(START + "(?:(?:[Bb]etween|[Ff]rom)\\s+)?(?:the\\s+)?" + WEEKDAY + DAY
            + "\\s*(?:of\\s+)?(?:" + MONTH + "\\s*,?)?" + TO + "(?:the\\s+)?" + WEEKDAY + DAY + "\\s*(?:of\\s+)?" + MONTH + OPT_YEAR);
    /** "19 March 2019", "the 11th of October, 2017", "16thDecember, 2011", "On the 24 of February". */
    private static final Pattern DAY_MONTH = Pattern.compile(START + "(?:the\\s+)?" + DAY + "\\s*(?:of\\s+)?" + MONTH + OPT_YEAR);
    /** "March 19th 2020", "October 16, 2020", "May15, 2013", "June 22-23th", "June 30 - July 2, 2019". */
    private static final Pattern MONTH_DAY = Pattern.compile(START + MONTH + "\\s*" + DAY
            + "(?:" + TO + "(?:" + MONTH + "\\s*)?" + DAY + ")?" + OPT_YEAR);
    /** "03.06.2013 – 10.06.2013", "15-16.07.2019", "11.03.2015", "3/22/2011", "2019-03-19". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?=\\d)(?<![\\d.])(?:(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)\\s*[-–—]\\s*)?(?:(\\d{1,2})\\s*[-–—]\\s*)?"
                    + "(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\d])"
                    + "|(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?![\\d/])"
                    + "|(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d-])");
    /** "Between September and October", "from March to May 2019". */
    private static final Pattern MONTH_RANGE = Pattern.compile(START + "(?:[Bb]etween|[Ff]rom)\\s+" + MONTH + TO + MONTH
            + OPT_YEAR);
    /** What joins two full dates into a range: "from 12 December, 2014 to 21 December, 2014", "3 May 2019 – 5 May 2019". */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:-|–|—|to|till|until)\\s*");
    private static final Pattern RANGE_OPENER = Pattern.compile("(?i)(?:from|between)\\s+$");
    /** "In July 2018", "March, 2019", "в 2016 году" is left alone: a month name is required here. */
    private static final Pattern MONTH_YEAR = Pattern.compile(START + MONTH + "\\s*,?\\s*" + YEAR);
    /** "in 2016": a bare year counts only after "in". */
    private static final Pattern IN_YEAR = Pattern.compile("(?=[IiВв])(?<![\\p{L}])(?:[Ii]n|[Вв])\\s+" + YEAR);

    /**
     * Words before "of" that make the following date a reference to an older document rather than the date of the
     * report ("the Resolution of 14 March 2019").
     */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?i)(?:(?:resolution|letter|law|decree|decision|judge?ment|ruling|verdict|statement|declaration|act"
                    + "|order|code|convention|agreement|constitution|report)\\s+(?:of|dated|from)|since)\\s*$");
    private static final int REFERENCE_LOOKBEHIND = 40;

    /** Every date mention in the text, in reading order, without overlaps. */
    public List<DateMention> mentions(String text) {
        List<DateMention> found = new ArrayList<>();
        collect(MONTH_RANGE, text, found, DateExtractor::monthRange);
        if (hasDigit(text)) { // every other form has a digit: most texts skip the costlier patterns
            collect(DAY_RANGE, text, found, DateExtractor::dayRange);
            collect(DAY_MONTH, text, found, DateExtractor::dayMonth);
            collect(MONTH_DAY, text, found, DateExtractor::monthDay);
            collect(NUMERIC, text, found, DateExtractor::numeric);
            collect(MONTH_YEAR, text, found, DateExtractor::monthYear);
            collect(IN_YEAR, text, found, m -> single(m, new PartialDate(year(m.group(1)), 0, 0)));
        }
        found.sort(Comparator.comparingInt(DateMention::begin).thenComparingInt(m -> -(m.end() - m.begin())));
        List<DateMention> kept = new ArrayList<>();
        int reached = -1;
        for (DateMention mention : found) {
            if (mention.begin() >= reached) {
                kept.add(mention);
                reached = mention.end();
            }
        }
        return joinRanges(text, kept);
    }

    /** Two full dates written as the ends of one range become one mention. */
    private static List<DateMention> joinRanges(String text, List<DateMention> mentions) {
        List<DateMention> joined = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            DateMention first = mentions.get(i);
            if (i + 1 < mentions.size() && joinable(text, first, mentions.get(i + 1))) {
                DateMention second = mentions.get(i + 1);
                joined.add(new DateMention(first.begin(), second.end(), first.from(), second.from()));
                i++;
            } else {
                joined.add(first);
            }
        }
        return joined;
    }

    private static boolean joinable(String text, DateMention first, DateMention second) {
        if (first.isRange() || second.isRange() || !first.yearStated() || !second.yearStated()
                || first.precision() != second.precision()
                || !RANGE_JOIN.matcher(text.substring(first.end(), second.begin())).matches()) {
            return false;
        }
        boolean dash = text.substring(first.end(), second.begin()).trim().matches("[-–—]");
        boolean opened = RANGE_OPENER.matcher(text.substring(Math.max(0, first.begin() - 12), first.begin())).find();
        return (dash || opened) && second.from().toLocalDate().get().isAfter(first.from().toLocalDate().get());
    }

    /**
     * The date the report is about: the first mention that is not a reference to an older document, preferring a
     * day or month over a bare year.
     */
    public Optional<DateMention> principal(String text) {
        List<DateMention> mentions = mentions(text).stream().filter(m -> !isReference(text, m)).toList();
        return mentions.stream().filter(m -> m.from().month() > 0).findFirst()
                .or(() -> mentions.stream().findFirst());
    }

    private static boolean isReference(String text, DateMention mention) {
        int from = Math.max(0, mention.begin() - REFERENCE_LOOKBEHIND);
        return REFERENCE_BEFORE.matcher(text.substring(from, mention.begin())).find();
    }

    private interface Reader {
        DateMention read(Matcher m);
    }

    private static void collect(Pattern pattern, String text, List<DateMention> into, Reader reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                DateMention mention = reader.read(m);
                if (mention != null) {
                    into.add(mention);
                }
            } catch (IllegalArgumentException impossibleDate) {
                // "13/45/2011" and the like: digits shaped like a date that is none
            }
        }
    }

    private static DateMention dayRange(Matcher m) {
        int endMonth = month(m.group(4));
        int startDay = day(m.group(1));
        int endDay = day(m.group(3));
        int startMonth = m.group(2) != null ? month(m.group(2))
                : startDay > endDay ? (endMonth == 1 ? 12 : endMonth - 1) : endMonth;
        return range(m, startDay, startMonth, endDay, endMonth, m.group(5));
    }

    private static DateMention dayMonth(Matcher m) {
        return dated(m, day(m.group(1)), month(m.group(2)), m.group(3));
    }

    private static DateMention monthDay(Matcher m) {
        int startMonth = month(m.group(1));
        int startDay = day(m.group(2));
        if (m.group(4) == null) {
            return dated(m, startDay, startMonth, m.group(5));
        }
        int endMonth = m.group(3) != null ? month(m.group(3)) : startMonth;
        return range(m, startDay, startMonth, day(m.group(4)), endMonth, m.group(5));
    }

    private static DateMention numeric(Matcher m) {
        if (m.group(5) != null) {
            int endDay = num(m.group(5));
            int endMonth = num(m.group(6));
            int endYear = num(m.group(7));
            if (m.group(1) != null) {
                return checked(m, new PartialDate(num(m.group(3)), num(m.group(2)), num(m.group(1))),
                        new PartialDate(endYear, endMonth, endDay));
            }
            if (m.group(4) != null) {
                return checked(m, new PartialDate(endYear, endMonth, num(m.group(4))),
                        new PartialDate(endYear, endMonth, endDay));
            }
            return checked(m, new PartialDate(endYear, endMonth, endDay), null);
        }
        if (m.group(8) != null) {
            return checked(m, new PartialDate(num(m.group(10)), num(m.group(8)), num(m.group(9))), null);
        }
        return checked(m, new PartialDate(num(m.group(11)), num(m.group(12)), num(m.group(13))), null);
    }

    private static DateMention monthYear(Matcher m) {
        return single(m, new PartialDate(year(m.group(2)), month(m.group(1)), 0));
    }

    private static DateMention monthRange(Matcher m) {
        int startMonth = month(m.group(1));
        int endMonth = month(m.group(2));
        if (m.group(3) == null) {
            return new DateMention(m.start(), m.end(), new PartialDate(null, startMonth, 0),
                    new PartialDate(null, endMonth, 0));
        }
        int endYear = year(m.group(3));
        int startYear = startMonth > endMonth ? endYear - 1 : endYear;
        return new DateMention(m.start(), m.end(), new PartialDate(startYear, startMonth, 0),
                new PartialDate(endYear, endMonth, 0));
    }

    private static DateMention dated(Matcher m, int day, int month, String yearText) {
        if (day < 1 || day > 31) {
            return null;
        }
        return checked(m, new PartialDate(yearText == null ? null : year(yearText), month, day), null);
    }

    private static DateMention range(Matcher m, int startDay, int startMonth, int endDay, int endMonth,
                                     String yearText) {
        if (startDay < 1 || startDay > 31 || endDay < 1 || endDay > 31) {
            return null;
        }
        if (yearText == null) {
            return checked(m, new PartialDate(null, startMonth, startDay), new PartialDate(null, endMonth, endDay));
        }
        int endYear = year(yearText);
        int startYear = startMonth > endMonth ? endYear - 1 : endYear;
        return checked(m, new PartialDate(startYear, startMonth, startDay), new PartialDate(endYear, endMonth, endDay));
    }

    private static DateMention single(Matcher m, PartialDate date) {
        return new DateMention(m.start(), m.end(), date, null);
    }

    /** The mention if its dates exist and the range runs forwards; null otherwise. */
    private static DateMention checked(Matcher m, PartialDate from, PartialDate to) {
        if (from.month() < 1 || from.month() > 12 || from.day() < 1 || from.day() > 31
                || (to != null && (to.month() < 1 || to.month() > 12 || to.day() < 1 || to.day() > 31))) {
            return null;
        }
        if (from.year() != null) {
            if (from.toLocalDate().isEmpty() || (to != null && (to.toLocalDate().isEmpty()
                    || to.toLocalDate().get().isBefore(from.toLocalDate().get())))) {
                return null;
            }
        } else if (!from.validIn(2000) || (to != null && !to.validIn(2000))) {
            return null;
        }
        if (to != null && to.equals(from)) {
            to = null;
        }
        return new DateMention(m.start(), m.end(), from, to);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static int day(String digits) {
        return Integer.parseInt(digits);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static Map<String, Integer> monthNumbers() {
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        String[] russian = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"};
        java.util.HashMap<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(english[i], i + 1);
            months.put(english[i].substring(0, 3), i + 1);
            months.put(russian[i], i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
