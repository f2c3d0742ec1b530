package io.apotheca.application.catalog.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.catalog.ProductCode;
import java.util.List;
import java.util.UUID;

/**
 * The standard codes (RxNorm, NDC, ATC, SNOMED CT...) by which other health systems name a product:
 * anyone reads those of a product they may see; an administrator replaces them (audited). A code
 * names one product at most, so that an electronic prescription's medicine is never a guess.
 */
public interface ManageProductCodesUseCase {

    /** The most codes one product carries. */
    int MAX_CODES = 10;

    Outcome<List<ProductCode>> codes(Caller caller, UUID productId);

    Outcome<List<ProductCode>> replace(Caller caller, UUID productId, List<CodeForm> codes);

    /**
     * One code as the administrator typed it.
     *
     * @param system the coding system's URI
     * @param code the code
     */
    record CodeForm(String system, String code) {}
}
