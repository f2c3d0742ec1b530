package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ManageProductCodesUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Products' standard codes: read by whoever may see the product, replaced by an administrator. */
final class ProductCodeService implements ManageProductCodesUseCase {

    private final CatalogPorts ports;

    ProductCodeService(CatalogPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<List<ProductCode>> codes(Caller caller, UUID productId) {
        boolean staff = Access.isStaff(caller);
        return ports.products()
                .byId(new ProductId(productId))
                .filter(p -> p.active() || staff)
                .<Outcome<List<ProductCode>>>map(p -> Outcome.done(ports.codes().of(p.id())))
                .orElseGet(() -> Outcome.refused(Refusal.notFound()));
    }

    @Override
    public Outcome<List<ProductCode>> replace(Caller caller, UUID productId, List<CodeForm> forms) {
        return Access.admin(caller)
                .then(admin -> read(forms)
                        .then(codes -> ports.kernel().transactions().inTransaction(() -> {
                            ports.codes().lockForChange();
                            Optional<Product> product = ports.products().byId(new ProductId(productId));
                            if (product.isEmpty()) {
                                return Outcome.refused(Refusal.notFound());
                            }
                            for (Map.Entry<ProductCode, ProductId> named :
                                    ports.codes().productsNamedBy(codes).entrySet()) {
                                if (!named.getValue().equals(product.get().id())) {
                                    return Outcome.refused(Refusal.of(
                                                    CatalogReason.CODE_TAKEN,
                                                    named.getKey().system() + "|"
                                                            + named.getKey().code() + " names another product already.")
                                            .with("productId", named.getValue().toString()));
                                }
                            }
                            ports.codes().replace(product.get().id(), codes);
                            ports.audit()
                                    .record(
                                            caller,
                                            "product.codes_replaced",
                                            "product",
                                            productId.toString(),
                                            Map.of("codes", Integer.toString(codes.size())));
                            return Outcome.done(codes);
                        })));
    }

    private static Outcome<List<ProductCode>> read(List<CodeForm> forms) {
        Validation validation = new Validation();
        if (forms == null || forms.size() > MAX_CODES) {
            validation.problem("codes", "must list 0 to " + MAX_CODES + " codes");
            return Outcome.refused(validation.refusal().orElseThrow());
        }
        List<ProductCode> codes = new ArrayList<>();
        Set<ProductCode> seen = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            CodeForm form = forms.get(i);
            String field = "codes[" + i + "].";
            if (form == null || !ProductCode.validSystem(form.system())) {
                validation.problem(field + "system", "must be an absolute URI (http, https, urn:oid or urn:uuid)");
            } else if (!ProductCode.validCode(form.code())) {
                validation.problem(field + "code", "must be 1 to 100 characters without surrounding spaces");
            } else if (!seen.add(new ProductCode(form.system(), form.code()))) {
                validation.problem(field + "code", "is given twice");
            } else {
                codes.add(new ProductCode(form.system(), form.code()));
            }
        }
        return validation
                .refusal()
                .<Outcome<List<ProductCode>>>map(Outcome::refused)
                .orElseGet(() -> Outcome.done(codes));
    }
}
