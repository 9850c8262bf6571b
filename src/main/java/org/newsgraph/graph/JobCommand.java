package org.newsgraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A command line of the jar, checked before the application starts so that a usage error costs no start-up:
 * {@code import FILE}, {@code import FOLDER [--index FILE] [--base-url URL] [--outlet NAME] [--verbose]} or {@code export FILE}.
 */
record JobCommand(String name, Path path, Map<String, String> options) {
    static final String IMPORT = "import";
    static final String EXPORT = "export";
    private static final Set<String> FOLDER_OPTIONS = Set.of("--index", "--base-url", "--outlet");
    /** The folder option that takes no value. */
    private static final String VERBOSE = "--verbose";

    /** A command line that does not say what to do. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static JobCommand parse(String... args) throws UsageException {
        if (!args[0].equals(IMPORT) && !args[0].equals(EXPORT)) {
            throw new UsageException("unknown command: " + args[0]);
        }
        Path path = null;
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                if (path != null) {
                    throw new UsageException(args[0] + " takes one path: " + String.join(" ", args));
                }
                path = Path.of(arg);
                continue;
            }
            if (arg.equals(VERBOSE)) {
                options.put(VERBOSE, "");
                continue;
            }
            int equals = arg.indexOf('=');
            String option = equals < 0 ? arg : arg.substring(0, equals);
            if (!FOLDER_OPTIONS.contains(option)) {
                throw new UsageException("unknown option: " + option);
            }
            if (equals < 0 && i + 1 == args.length) {
                throw new UsageException(option + " needs a value");
            }
            options.put(option, equals < 0 ? args[++i] : arg.substring(equals + 1));
        }
        if (path == null) {
            throw new UsageException(args[0] + " needs a " + (args[0].equals(IMPORT) ? "FILE or FOLDER" : "FILE"));
        }
        JobCommand command = new JobCommand(args[0], path, options);
        if (!options.isEmpty() && !command.isFolderImport()) {
            throw new UsageException(String.join(", ", options.keySet()) + ": only for importing a FOLDER of articles, and "
                    + path + " is not a folder");
        }
        if (command.isFolderImport() && command.index() == null && !Files.exists(path.resolve(ArticleFolder.INDEX))
                && (command.baseUrl() == null || command.outlet() == null)) {
            throw new UsageException(path + " has no " + ArticleFolder.INDEX + ": give --index FILE, or --base-url and --outlet");
        }
        return command;
    }

    boolean isFolderImport() {
        return name.equals(IMPORT) && Files.isDirectory(path);
    }

    Path index() {
        return options.containsKey("--index") ? Path.of(options.get("--index")) : null;
    }

    String baseUrl() {
        return options.get("--base-url");
    }

    String outlet() {
        return options.get("--outlet");
    }

    /** Whether each stored article is listed (folder imports). */
    boolean verbose() {
        return options.containsKey(VERBOSE);
    }
}
