package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.identity.User;

/** Anyone opens a customer account; registrations per client address are rate limited. */
public interface RegisterCustomerUseCase {

    Outcome<User> register(Caller caller, Registration registration);

    record Registration(String email, String password, String fullName) {

        @Override
        public String toString() {
            return "Registration[password redacted]";
        }
    }
}
