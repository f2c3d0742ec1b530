package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.domain.identity.LicenceStatus;
import java.util.Optional;

/** An administrator reads the pharmacists, such as the queue of licences awaiting verification. */
public interface ListPharmacistsUseCase {

    Outcome<Page<Profile>> list(Caller caller, Optional<LicenceStatus> status, PageRequest page);
}
