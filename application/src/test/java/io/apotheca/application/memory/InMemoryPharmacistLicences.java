package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Licences in a map, one per pharmacist; a licence number is unique. */
public final class InMemoryPharmacistLicences implements PharmacistLicences {

    private final Map<UserId, PharmacistLicence> licences = new ConcurrentHashMap<>();

    @Override
    public Optional<PharmacistLicence> of(UserId pharmacist) {
        return Optional.ofNullable(licences.get(pharmacist));
    }

    @Override
    public Optional<PharmacistLicence> lock(UserId pharmacist) {
        return of(pharmacist);
    }

    @Override
    public synchronized boolean add(PharmacistLicence.PendingVerification licence) {
        if (licences.containsKey(licence.pharmacistId())
                || licences.values().stream().anyMatch(l -> l.licence().equals(licence.licence()))) {
            return false;
        }
        licences.put(licence.pharmacistId(), licence);
        return true;
    }

    /** Like the database's {@code UPDATE}, stores nothing for a licence never registered. */
    @Override
    public void update(PharmacistLicence licence) {
        licences.replace(licence.pharmacistId(), licence);
    }

    @Override
    public List<PharmacistLicence> list(Optional<LicenceStatus> status, Optional<UUID> after, int limit) {
        return licences.values().stream()
                .filter(l -> status.isEmpty() || l.status() == status.get())
                .filter(l -> after.isEmpty() || Ids.compare(l.pharmacistId().value(), after.get()) > 0)
                .sorted(Comparator.comparing(l -> l.pharmacistId().value(), Ids::compare))
                .limit(limit)
                .toList();
    }
}
