package org.casebook.search;

/** A query that cannot be read, with the position (from 1) of the problem for the message. */
public final class SearchSyntaxException extends RuntimeException {

    private final int position;

    public SearchSyntaxException(String problem, int position) {
        super("search: " + problem + " at position " + position);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
