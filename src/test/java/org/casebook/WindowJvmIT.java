package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/casebook.jar} with no arguments, as the README starts it, on a machine without a display:
 * the window is started in a second JVM (asked to write a class archive), which cannot open a window, and its
 * failure is the first JVM's: the same exit code, and no archive kept from a run that did not end well.
 */
class WindowJvmIT {

    @TempDir
    Path temp;

    @Test
    void theWindowsJvmIsStartedAndItsFailureIsPassedOnWithoutKeepingAnArchive() throws Exception {
        Path jar = Path.of("target", "casebook.jar").toAbsolutePath();
        Path cache = temp.resolve("cache");
        Path output = temp.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCommandLineFlags", "-Dcasebook.cache=" + cache, "-Dcasebook.home=" + temp.resolve("home"),
                "-Dcasebook.workspace=" + temp.resolve("w.db"), "-Djava.awt.headless=true", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");

        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).filteredOn(l -> l.contains("-XX:ArchiveClassesAtExit=") && l.contains("+UseSerialGC"))
                .hasSize(1); // the window's JVM, with its options
        assertThat(process.exitValue()).isNotZero();
        try (Stream<Path> kept = Files.list(cache)) {
            assertThat(kept).isEmpty(); // neither an archive nor its temporary file
        }
    }
}
