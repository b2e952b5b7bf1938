package org.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the command line, built on first use (building one costs about 0.2 s). */
final class Json {

    private Json() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    static ObjectMapper mapper() {
        return Holder.MAPPER;
    }
}
