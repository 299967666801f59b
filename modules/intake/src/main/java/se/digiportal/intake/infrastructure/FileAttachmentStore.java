package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import se.digiportal.intake.application.AttachmentStore;

/**
 * Attachments on the file system, in the server's data directory (never the web root) or where
 * {@code digiportal.attachments.dir} points (shared storage when clustered). Keys are generated UUIDs;
 * the resolved path is still checked to stay inside the base directory.
 */
@ApplicationScoped
public class FileAttachmentStore implements AttachmentStore {

    static Path base() {
        String configured = System.getProperty("digiportal.attachments.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "digiportal-attachments").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content) {
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + key + " could not be stored", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + key + " could not be removed", e);
        }
    }

    private static Path resolve(String key) {
        if (key == null || !key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        Path base = base();
        Path file = base.resolve(key).normalize();
        if (!file.startsWith(base)) {
            throw new IllegalArgumentException("storage key escapes the attachment directory: " + key);
        }
        return file;
    }
}
