package org.casebook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One run of the command line in-process, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CasebookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    List<String> errLines() {
        return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
