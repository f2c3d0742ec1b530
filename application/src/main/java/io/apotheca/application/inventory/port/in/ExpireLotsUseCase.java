package io.apotheca.application.inventory.port.in;

/**
 * The pharmacy marks every lot past its expiry date EXPIRED, with an audit entry per lot. Run daily
 * and at start-up; running it twice changes nothing the second time.
 */
public interface ExpireLotsUseCase {

    /** How many lots were marked expired now. */
    int expireDue();
}
