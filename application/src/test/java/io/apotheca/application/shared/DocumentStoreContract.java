package io.apotheca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.application.shared.port.out.DocumentStore.Kept;
import io.apotheca.application.shared.port.out.DocumentStore.StoreResult;
import io.apotheca.application.shared.port.out.DocumentStore.TooLarge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} must do, whatever keeps the documents. Each adapter's test
 * extends this class and says how to make the store and how to damage a stored document.
 */
public abstract class DocumentStoreContract {

    private final Random random = new Random(42);

    protected abstract DocumentStore store();

    /** Changes one stored byte of the document, behind the store's back. */
    protected abstract void tamper(String sha256) throws IOException;

    @Test
    void a_document_is_named_by_the_sha256_of_its_bytes_and_reads_back_whole() throws IOException {
        byte[] scan = bytes(300_000);

        Kept kept = (Kept) store().store(new ByteArrayInputStream(scan), 1_000_000);

        assertThat(kept.sha256()).isEqualTo(Sha256.hex(scan));
        assertThat(kept.size()).isEqualTo(scan.length);
        try (InputStream read = store().open(kept.sha256()).orElseThrow()) {
            assertThat(read.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void the_same_bytes_stored_twice_are_one_document() throws IOException {
        byte[] scan = bytes(1000);

        Kept first = (Kept) store().store(new ByteArrayInputStream(scan), 10_000);
        Kept second = (Kept) store().store(new ByteArrayInputStream(scan), 10_000);

        assertThat(second).isEqualTo(first);
        try (InputStream read = store().open(first.sha256()).orElseThrow()) {
            assertThat(read.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void content_at_the_limit_is_kept_and_one_byte_more_is_not() {
        byte[] atLimit = bytes(4096);
        byte[] over = bytes(4097);

        StoreResult kept = store().store(new ByteArrayInputStream(atLimit), 4096);
        StoreResult refused = store().store(new ByteArrayInputStream(over), 4096);

        assertThat(kept).isInstanceOf(Kept.class);
        assertThat(refused).isEqualTo(new TooLarge(4096));
        assertThat(store().open(Sha256.hex(over))).isEmpty();
    }

    @Test
    void a_document_stored_before_a_cutoff_is_listed_and_deleted_and_one_stored_again_since_is_spared()
            throws InterruptedException {
        byte[] again = bytes(301);
        Kept old = (Kept) store().store(new ByteArrayInputStream(bytes(300)), 10_000);
        Kept renewed = (Kept) store().store(new ByteArrayInputStream(again), 10_000);
        Thread.sleep(20);
        Instant cutoff = Instant.now();
        Thread.sleep(20);
        store().store(new ByteArrayInputStream(again), 10_000); // the same bytes handed in again

        assertThat(store().storedBefore(cutoff)).contains(old.sha256()).doesNotContain(renewed.sha256());
        store().delete(old.sha256(), cutoff);
        store().delete(renewed.sha256(), cutoff);
        store().delete("../../../../etc/passwd", cutoff);

        assertThat(store().open(old.sha256())).isEmpty();
        assertThat(store().open(renewed.sha256())).isPresent();
        assertThat(store().storedBefore(cutoff)).doesNotContain(old.sha256());
    }

    @Test
    void an_unknown_or_malformed_name_finds_nothing() {
        assertThat(store().open(Sha256.hex(bytes(10)))).isEmpty();
        assertThat(store().open("../../../../etc/passwd")).isEmpty();
        assertThat(store().open("")).isEmpty();
    }

    @Test
    void a_document_changed_behind_the_stores_back_is_refused_on_reading() throws IOException {
        Kept kept = (Kept) store().store(new ByteArrayInputStream(bytes(5000)), 10_000);

        tamper(kept.sha256());

        assertThatThrownBy(() -> store().open(kept.sha256()))
                .isInstanceOf(DocumentStore.CorruptDocumentException.class);
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
