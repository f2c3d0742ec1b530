package io.apotheca.persistence.document;

import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.port.out.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents as files under one folder, each named by the SHA-256 of its content
 * ({@code ab/abcdef…}). A document is written to a temporary file, forced to disk, then renamed into
 * place in one step, so a crash leaves either the whole document or none. Every read checks the
 * file against its name before a byte is handed out. Names that are not a SHA-256 never become
 * paths.
 */
public final class FileSystemDocumentStore implements DocumentStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemDocumentStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    /** Keeps documents under {@code root}, creating it if needed. */
    public FileSystemDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the document folder " + root, e);
        }
    }

    @Override
    public StoreResult store(InputStream content, long maxBytes) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest digest = Sha256.digest();
            long size = 0;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        return new TooLarge(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent());
                forceDirectory(root); // the new folder itself survives a crash
            }
            moveIntoPlace(temporary, target);
            return new Kept(sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a document", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        try {
            if (!checksumOf(path).equals(sha256)) {
                throw new CorruptDocumentException(sha256);
            }
            return Optional.of(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read document " + sha256, e);
        }
    }

    @Override
    public List<String> storedBefore(Instant cutoff) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (SHA256.matcher(name).matches()
                        && file.getParent().getFileName().toString().equals(name.substring(0, 2))
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    found.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the documents", e);
        }
        return found;
    }

    @Override
    public void delete(String sha256, Instant storedBefore) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return;
        }
        Path path = pathOf(sha256);
        try {
            // stored again since it was listed: someone refers to it now, or is about to
            if (Files.exists(path)
                    && Files.getLastModifiedTime(path).toInstant().isBefore(storedBefore)) {
                Files.delete(path);
            }
        } catch (NoSuchFileException e) {
            // deleted meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete document " + sha256, e);
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /**
     * Renames in one step; when an intact copy of the same content is already in place, that copy is
     * kept and the temporary file is deleted with the others; a damaged copy is replaced.
     */
    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)
                && checksumOf(target).equals(target.getFileName().toString())) {
            // stored again: it counts as new, so a sweep of old unreferenced documents spares it
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return;
        }
        try {
            // replaces a damaged copy of the same content, if there is one
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            // stored concurrently by another upload of the same bytes
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the document folder does not support atomic renames", e);
        }
        forceDirectory(target.getParent());
    }

    /**
     * Makes the rename itself durable where the platform allows forcing a directory. Some file
     * systems (and Windows) refuse to open a directory for forcing: there the rename has still
     * happened and the file's own bytes are already on disk, so the document stays; only a crash in
     * the next moments could lose the new name. That is logged (at debug), not thrown.
     */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not force the folder {} to disk; relying on the file system", directory, e);
        }
    }

    private static String checksumOf(Path path) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover in the incoming folder holds nothing anyone can reach
        }
    }
}
