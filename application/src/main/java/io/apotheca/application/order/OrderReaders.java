package io.apotheca.application.order;

import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.Role;

/** Who may read an order: its customer, and staff (administrators and verified pharmacists). */
final class OrderReaders {

    private final VerifiedPharmacists pharmacists;

    OrderReaders(VerifiedPharmacists pharmacists) {
        this.pharmacists = pharmacists;
    }

    boolean maySee(Principal principal, Placed placed) {
        return isStaff(principal) || placed.order().details().customer().equals(principal.userId());
    }

    boolean isStaff(Principal principal) {
        return principal.role() == Role.ADMIN || pharmacists.actsAsPharmacist(principal);
    }
}
