package io.apotheca.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A standard code that names a product in a coding system other health systems share: an RxNorm
 * concept, an NDC, an ATC class, a SNOMED CT concept. A prescriber's system names the medicine by
 * such a code, and the pharmacy's medication record names it the same way. Within the pharmacy a
 * code names one product at most.
 *
 * @param system the coding system, as an absolute URI (for example {@link #RXNORM})
 * @param code the code within that system, as the system writes it
 */
public record ProductCode(String system, String code) {

    /** RxNorm, the US clinical drug vocabulary. */
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** The US National Drug Code. */
    public static final String NDC = "http://hl7.org/fhir/sid/ndc";
    /** The WHO's Anatomical Therapeutic Chemical classification. */
    public static final String ATC = "http://www.whocc.no/atc";
    /** SNOMED CT. */
    public static final String SNOMED_CT = "http://snomed.info/sct";

    private static final Pattern SYSTEM = Pattern.compile("(https?://|urn:(oid|uuid):)\\S{1,200}");
    private static final Pattern CODE = Pattern.compile("[^\\s]+( [^\\s]+)*");

    public ProductCode {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        if (!validSystem(system)) {
            throw new IllegalArgumentException("a coding system is an absolute URI: " + system);
        }
        if (!validCode(code)) {
            throw new IllegalArgumentException("a code is 1 to 100 characters without surrounding spaces");
        }
    }

    /** Whether the text is a coding system this pharmacy accepts: an http(s) URL, a urn:oid or a urn:uuid. */
    public static boolean validSystem(String system) {
        return system != null && SYSTEM.matcher(system).matches();
    }

    /** Whether the text is a code as FHIR allows one: no leading, trailing or doubled whitespace. */
    public static boolean validCode(String code) {
        return code != null && code.length() <= 100 && CODE.matcher(code).matches();
    }
}
