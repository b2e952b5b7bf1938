package org.casebook;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the window in a second JVM with the options a desktop window wants and {@code java -jar} cannot give
 * (ADR 0009): the classes of a previous run mapped from a class-data-sharing archive (AppCDS: loading, verifying
 * and linking the window's ~5,000 classes is most of a cold start; the archive takes 0.6–1 s off it), and the serial
 * collector unless another was chosen (G1 grew the heap to 410–650 MB resident on a 100k workspace, serial stays
 * near 425 MB). JDK 19's {@code -XX:+AutoCreateSharedArchive} would make the archive inside one process.
 *
 * <p>The archive is made by the first run's JVM as it exits ({@code -XX:ArchiveClassesAtExit}) into a file of its
 * own, then moved into place when the window exited normally; it is named after the jar's place, the runtime and
 * the jar's size and modification time, so a rebuilt jar, a copy elsewhere or another runtime makes a new one, and
 * the older archives of the same place are deleted. Nothing happens (the window starts in this JVM) when
 * the JVM has no {@code bin/java} (a runtime stripped of its commands), runs under an agent or a debugger, was given sharing options
 * already, when {@code -Dcasebook.window-jvm=false}, or when the cache folder cannot be written.
 */
final class WindowJvm {

    static final String ENABLED_PROPERTY = "casebook.window-jvm";
    static final String CACHE_PROPERTY = "casebook.cache";
    private static final String CHILD_PROPERTY = "casebook.window-jvm.child";

    private final Path java;
    private final Path jar;
    private final Path cache;
    private final List<String> jvmOptions;

    private WindowJvm(Path java, Path jar, Path cache, List<String> jvmOptions) {
        this.java = java;
        this.jar = jar;
        this.cache = cache;
        this.jvmOptions = jvmOptions;
    }

    /** The launch to make, or empty when the window should start in this JVM. */
    static Optional<WindowJvm> forThisJvm() {
        if (Boolean.getBoolean(CHILD_PROPERTY) || "false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY))) {
            return Optional.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().anyMatch(WindowJvm::excludes)) {
            return Optional.empty();
        }
        // on Windows, javaw when there is no console (the installed app): java.exe would open a console window
        Path java = Path.of(System.getProperty("java.home"), "bin", !System.getProperty("os.name", "")
                .startsWith("Windows") ? "java" : System.console() == null ? "javaw.exe" : "java.exe");
        String classPath = System.getProperty("java.class.path", "");
        if (!Files.isExecutable(java) || classPath.isEmpty() || classPath.contains(File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return Optional.empty(); // only a single jar (java -jar casebook.jar); a development class path changes
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        try {
            Path cache = Files.createDirectories(cacheFolder());
            return Files.isWritable(cache) ? Optional.of(new WindowJvm(java, jar, cache, options))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean excludes(String option) {
        return option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                || option.startsWith("-Xdebug") || option.startsWith("-Xrunjdwp") || option.startsWith("-Xshare")
                || option.contains("SharedArchiveFile") || option.contains("ArchiveClassesAtExit");
    }

    /**
     * Runs the window in the second JVM, waits for it and returns its exit code; the archive it wrote, if it was
     * asked to, is moved into place. Empty if that JVM could not be started.
     */
    Optional<Integer> run() {
        Path archive;
        try {
            archive = archive();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        boolean exists = Files.isRegularFile(archive);
        Path written = cache.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            command.add("-XX:+UseSerialGC");
        }
        command.add(exists ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + written);
        command.add("-Xlog:cds=off,cds+dynamic=off"); // an unusable archive only costs speed: no warnings for that
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().remove("JDK_JAVA_OPTIONS"); // already among the options passed on
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(child::destroy, "casebook-stop-window");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int exit = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // this JVM is being stopped (and stopped the window): nothing to keep
            }
            if (!exists && exit == 0) { // a window killed while writing leaves half an archive
                keep(written, archive);
            }
            return Optional.of(exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return Optional.of(1);
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                // a later start of this jar deletes it
            }
        }
    }

    /**
     * The archive of this jar at this place run by this JDK: an archive records the class path and the runtime it
     * was made with and is refused elsewhere, so a copied jar or another runtime gets one of its own.
     */
    private Path archive() throws IOException {
        return cache.resolve(String.format(Locale.ROOT, "%s-%d-%d.jsa", place(), Files.size(jar),
                Files.getLastModifiedTime(jar).toMillis()));
    }

    private String place() {
        String where = jar + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        return "casebook-" + Integer.toHexString(where.hashCode());
    }

    /** Moves the new archive into place and deletes the older ones of this place (the jar rebuilt since). */
    private void keep(Path written, Path archive) {
        try {
            if (Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (DirectoryStream<Path> old = Files.newDirectoryStream(cache, place() + "-*")) {
                    for (Path p : old) {
                        if (!p.equals(archive) && p.toString().endsWith(".jsa")) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the next start makes one again
        }
    }

    /** {@value #CACHE_PROPERTY}, else the platform's cache folder for Casebook. */
    static Path cacheFolder() {
        String asked = System.getProperty(CACHE_PROPERTY);
        if (asked != null && !asked.isBlank()) {
            return Path.of(asked);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "Casebook", "cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Casebook");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "casebook") : Path.of(home, ".cache", "casebook");
    }
}
