package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pharmacists' licences, one per pharmacist; a licence number is unique within its jurisdiction. */
public interface PharmacistLicences {

    Optional<PharmacistLicence> of(UserId pharmacist);

    /** The licence, locked until the current transaction ends, so two decisions cannot both apply. */
    Optional<PharmacistLicence> lock(UserId pharmacist);

    /** Adds a newly registered licence; false, and nothing written, when that licence is already registered. */
    boolean add(PharmacistLicence.PendingVerification licence);

    /** Stores an administrator's decision. */
    void update(PharmacistLicence licence);

    /** Up to {@code limit} licences, oldest registration first, after the given pharmacist id. */
    List<PharmacistLicence> list(Optional<LicenceStatus> status, Optional<UUID> after, int limit);
}
