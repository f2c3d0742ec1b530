package io.apotheca.application.notification.port.out;

import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.inventory.RecallClass;
import java.util.Optional;
import java.util.UUID;

/**
 * What a recall notice says, read when the e-mail is written, so that the event that causes it names
 * the patient beside ids and codes only. Recalls implement this port.
 */
public interface RecallNotices {

    /**
     * A recall as its notice tells it.
     *
     * @param instructions the pharmacy's words on what to do, if it gave any
     */
    record Notice(String productName, LotNumber lot, RecallClass recallClass, Optional<String> instructions) {}

    Optional<Notice> of(UUID recall);
}
