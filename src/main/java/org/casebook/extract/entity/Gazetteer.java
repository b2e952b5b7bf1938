package org.casebook.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casebook.model.EntityKind;

/**
 * The curated name lists shipped in resources/gazetteers (organisations, places, given names, role cue words),
 * extended by the researcher's own files of the same names and format in ~/.casebook/gazetteers/.
 */
public final class Gazetteer {

    /** A known organisation or place: the words of one of its spellings, its kind and its canonical name. */
    public record Entry(List<String> words, EntityKind kind, String canonical) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, String> cues = new HashMap<>();
    private int longestCue = 1;

    private static volatile Gazetteer standard;

    /** The shipped lists plus the researcher's, read once per run (they are read-only once loaded). */
    public static Gazetteer standard() {
        Gazetteer loaded = standard;
        if (loaded == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    standard = load();
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    private static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.loadAll(name -> Gazetteer.class.getResourceAsStream("/casebook/gazetteers/" + name));
        Path user = Path.of(System.getProperty("user.home"), ".casebook", "gazetteers");
        if (Files.isDirectory(user)) {
            gazetteer.loadAll(name -> {
                Path file = user.resolve(name);
                try {
                    return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return gazetteer;
    }

    private interface Source {
        InputStream open(String name);
    }

    private void loadAll(Source source) {
        for (String[] row : rows(source.open("organisations.tsv"), true)) {
            addNames(row, EntityKind.ORGANISATION);
        }
        for (String[] row : rows(source.open("places.tsv"), true)) {
            addNames(row, EntityKind.PLACE);
        }
        for (String[] row : rows(source.open("given-names.txt"), false)) {
            givenNames.add(row[0].trim());
        }
        for (String[] row : rows(source.open("cue-words.tsv"), true)) {
            if (row.length >= 2) {
                String cue = row[0].trim().toLowerCase(Locale.ROOT);
                cues.putIfAbsent(cue, row[1].trim());
                longestCue = Math.max(longestCue, EntityExtractor.words(cue).size());
            }
        }
    }

    private void addNames(String[] row, EntityKind kind) {
        String canonical = row[0].trim();
        add(canonical, kind, canonical);
        if (row.length > 1) {
            for (String alias : row[1].split("\\|")) {
                if (!alias.isBlank()) {
                    add(alias.trim(), kind, canonical);
                }
            }
        }
    }

    /** Adds a name under its first word, for matching. */
    private void add(String name, EntityKind kind, String canonical) {
        List<String> words = EntityExtractor.words(name);
        if (!words.isEmpty()) {
            byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Entry(words, kind, canonical));
        }
    }

    /** The longest entry whose words start at position {@code at} of {@code words}, or null. */
    Entry longestMatch(List<String> words, int at) {
        List<Entry> candidates = byFirstWord.get(words.get(at));
        Entry best = null;
        if (candidates != null) {
            for (Entry e : candidates) {
                int n = e.words().size();
                if (at + n <= words.size() && (best == null || n > best.words().size())
                        && words.subList(at, at + n).equals(e.words())) {
                    best = e;
                }
            }
        }
        return best;
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** The role a cue phrase (lower case) signals, or null. */
    String cueRole(String phrase) {
        return cues.get(phrase);
    }

    int longestCue() {
        return longestCue;
    }

    /** The rows of a tab-separated file; {@code #} lines are comments; the first other line is a header if said. */
    private static List<String[]> rows(InputStream in, boolean hasHeader) {
        List<String[]> rows = new ArrayList<>();
        if (in == null) {
            return rows;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             BufferedReader lines = new BufferedReader(reader)) {
            boolean header = hasHeader;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
