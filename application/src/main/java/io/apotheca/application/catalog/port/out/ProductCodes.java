package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The standard codes products carry, each naming one product at most. */
public interface ProductCodes {

    /** The product's codes, in the order the administrator gave them. */
    List<ProductCode> of(ProductId product);

    /** The codes of each of these products that has any. */
    Map<ProductId, List<ProductCode>> ofAll(Collection<ProductId> products);

    /** The product each of these codes names, for those that name one. */
    Map<ProductCode, ProductId> productsNamedBy(Collection<ProductCode> codes);

    /**
     * Keeps every other change of codes waiting until the command ends, so that two administrators
     * giving one code to two products at once cannot both find it free.
     */
    void lockForChange();

    /** Replaces the product's codes with these. */
    void replace(ProductId product, List<ProductCode> codes);
}
