package org.newsgraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The development key ({@code newsgraph.auth.dev-key=true}, which {@code ./run} sets): an admin key made at the first
 * start that asks for it and kept in the data folder, beside the database it opens, so that later starts accept the
 * same key and it never lands in the repository. Production starts do not ask for it and need configured keys.
 */
public record DevKey(String key, Path file) {
    static final String FILE_NAME = "dev-key";

    /** The key kept in {@code dataDir}, made and written there (readable by its owner only) when there is none. */
    static DevKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        try {
            if (Files.exists(file)) {
                String key = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (key.length() < ApiKeyRegistry.MIN_PLAIN_KEY_LENGTH) {
                    throw new IllegalStateException("The development key in " + file + " is shorter than "
                            + ApiKeyRegistry.MIN_PLAIN_KEY_LENGTH + " characters: delete the file to get a new one");
                }
                return new DevKey(key, file);
            }
            Files.createDirectories(file.getParent());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // owner only from the start: the key is never readable by others, not even for a moment
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            String key = KeyAdvice.newKey();
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            return new DevKey(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the development key " + file, e);
        }
    }
}
