package io.apotheca.http;

import io.apotheca.application.shared.Caller;
import io.apotheca.http.security.ClientAddresses;
import io.javalin.http.Context;

/** Who is asking, as the use cases want to know it: principal, request id, client address. */
public final class Callers {

    private final ClientAddresses addresses;

    Callers(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    public Caller of(Context ctx) {
        String requestId = ctx.res().getHeader(RequestIds.HEADER);
        return new Caller(RequestAuthentication.principal(ctx), requestId == null ? "" : requestId, addresses.of(ctx));
    }
}
