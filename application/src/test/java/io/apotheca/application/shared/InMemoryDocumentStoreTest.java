package io.apotheca.application.shared;

import io.apotheca.application.memory.InMemoryDocumentStore;
import io.apotheca.application.shared.port.out.DocumentStore;

class InMemoryDocumentStoreTest extends DocumentStoreContract {

    private final InMemoryDocumentStore store = new InMemoryDocumentStore();

    @Override
    protected DocumentStore store() {
        return store;
    }

    @Override
    protected void tamper(String sha256) {
        store.tamper(sha256);
    }
}
