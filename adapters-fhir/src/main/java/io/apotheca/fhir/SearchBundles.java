package io.apotheca.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search results as a FHIR searchset Bundle, a page at a time: {@code _count} resources (50 unless
 * asked, at most 200) from {@code _offset}, with the total and {@code self}, {@code first},
 * {@code previous} and {@code next} links that repeat the search.
 */
final class SearchBundles {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 200;

    private SearchBundles() {}

    /**
     * @param base the server's base URL, such as {@code https://pharmacy.example/fhir/r4}
     * @param search the search's path and parameters, without paging, such as {@code MedicationRequest?patient=x}
     * @param matches every match, in order
     */
    static Bundle page(String base, String search, List<? extends Resource> matches, Paging paging) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(matches.size());
        String separator = search.contains("?") ? "&" : "?";
        String self = base + "/" + search + separator + "_count=" + paging.count();
        bundle.addLink().setRelation("self").setUrl(self + "&_offset=" + paging.offset());
        bundle.addLink().setRelation("first").setUrl(self + "&_offset=0");
        if (paging.offset() > 0) {
            bundle.addLink()
                    .setRelation("previous")
                    .setUrl(self + "&_offset=" + Math.max(0, paging.offset() - paging.count()));
        }
        long next = (long) paging.offset() + paging.count();
        if (next < matches.size()) {
            bundle.addLink().setRelation("next").setUrl(self + "&_offset=" + next);
        }
        int end = (int) Math.min(matches.size(), (long) paging.offset() + paging.count());
        for (Resource resource : matches.subList(Math.min(paging.offset(), matches.size()), end)) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /**
     * One page of a search.
     *
     * @param count how many resources a page holds
     * @param offset how many matches come before the page
     */
    record Paging(int count, int offset) {

        Paging {
            if (count < 1 || count > MAX_COUNT || offset < 0) {
                throw new IllegalArgumentException("a page holds 1 to " + MAX_COUNT + " resources from offset 0 on");
            }
        }
    }
}
