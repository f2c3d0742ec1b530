package io.apotheca.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.shared.DocumentStoreContract;
import io.apotheca.application.shared.port.out.DocumentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents on a real file system, held to the document store contract. */
class FileSystemDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path folder;

    private FileSystemDocumentStore store;

    @Override
    protected DocumentStore store() {
        if (store == null) {
            store = new FileSystemDocumentStore(folder.resolve("documents"));
        }
        return store;
    }

    @Override
    protected void tamper(String sha256) throws IOException {
        Path file = folder.resolve("documents").resolve(sha256.substring(0, 2)).resolve(sha256);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
    }

    @Test
    void a_refused_finished_or_repeated_upload_leaves_no_temporary_file() throws IOException {
        store().store(new ByteArrayInputStream(new byte[100]), 10);
        store().store(new ByteArrayInputStream(new byte[100]), 1000);
        store().store(new ByteArrayInputStream(new byte[100]), 1000);

        try (Stream<Path> left = Files.list(folder.resolve("documents").resolve("incoming"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void storing_the_same_bytes_again_repairs_a_damaged_copy() throws IOException {
        byte[] scan = {7, 8, 9, 10};
        DocumentStore.Kept kept = (DocumentStore.Kept) store().store(new ByteArrayInputStream(scan), 10);
        tamper(kept.sha256());

        store().store(new ByteArrayInputStream(scan), 10);

        try (InputStream in = store().open(kept.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void a_stored_document_lies_under_its_checksum_and_nowhere_else() throws IOException {
        DocumentStore.Kept kept =
                (DocumentStore.Kept) store().store(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        Path expected = folder.resolve("documents")
                .resolve(kept.sha256().substring(0, 2))
                .resolve(kept.sha256());
        assertThat(expected).exists();
        try (InputStream in = store().open(kept.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }
}
