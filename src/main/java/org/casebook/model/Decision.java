package org.casebook.model;

import java.time.Instant;
import java.util.Map;

/**
 * A correction the researcher made (merge, split, rename, add-alias, remove-alias, not-person, link, unlink), with
 * its arguments by name. Persons are named in arguments by their name keys, not ids, so a decision still finds its
 * person after re-import and re-extraction.
 */
public record Decision(long id, String action, Map<String, String> args, Instant madeAt) {
}
