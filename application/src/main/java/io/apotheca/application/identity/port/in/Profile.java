package io.apotheca.application.identity.port.in;

import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.User;
import java.util.Optional;

/**
 * An account as its owner and administrators see it.
 *
 * @param user the account
 * @param licence the pharmacist's licence, for pharmacists
 */
public record Profile(User user, Optional<PharmacistLicence> licence) {}
