package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.ApiClient;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Products' standard codes and prescribers' systems (issue 26) on a real database. */
class JdbiInteroperabilityIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "codes");
    }

    @Test
    void a_products_codes_are_kept_in_order_replaced_whole_and_found_by_system_and_code() {
        ProductId product = Records.product(persistence, shelf);
        ProductCode rxnorm = new ProductCode(ProductCode.RXNORM, "308191-" + product.value());
        ProductCode ndc = new ProductCode(ProductCode.NDC, "0093-" + product.value());

        persistence.productCodes().replace(product, List.of(rxnorm, ndc));

        assertThat(persistence.productCodes().of(product)).containsExactly(rxnorm, ndc);
        assertThat(persistence.productCodes().productsNamedBy(List.of(ndc, new ProductCode(ProductCode.ATC, "J01"))))
                .isEqualTo(Map.of(ndc, product));
        persistence.productCodes().replace(product, List.of(ndc));
        assertThat(persistence.productCodes().ofAll(List.of(product, Records.product(persistence, shelf))))
                .isEqualTo(Map.of(product, List.of(ndc)));
        assertThat(persistence.productCodes().productsNamedBy(List.of(rxnorm))).isEmpty();
    }

    @Test
    void a_code_names_one_product_at_most_in_the_database_too() {
        ProductId first = Records.product(persistence, shelf);
        ProductId second = Records.product(persistence, shelf);
        ProductCode code = new ProductCode(ProductCode.RXNORM, "dup-" + first.value());
        persistence.productCodes().replace(first, List.of(code));

        assertThatThrownBy(() -> persistence.productCodes().replace(second, List.of(code)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("product_codes_name_one_product");
    }

    @Test
    void a_client_is_kept_and_its_revocation_too() {
        UserId admin = new UserId(UUID.randomUUID());
        Records.account(persistence, admin, Role.ADMIN);
        ApiClient client = new ApiClient(
                UUID.randomUUID(),
                "Riverside Practice EHR",
                "a".repeat(64),
                new ApiClient.Decision(admin, NOON.truncatedTo(ChronoUnit.MICROS)),
                Optional.empty());
        persistence.apiClients().add(client);
        assertThat(persistence.apiClients().byId(client.id())).contains(client);

        ApiClient revoked = client.revoke(admin, NOON.plusSeconds(60));
        persistence.apiClients().update(revoked);

        assertThat(persistence.apiClients().byId(client.id())).contains(revoked);
        assertThat(persistence.apiClients().all()).contains(revoked);
        assertThat(persistence.apiClients().byId(UUID.randomUUID())).isEmpty();
    }
}
