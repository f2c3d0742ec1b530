package io.apotheca.bootstrap.demo;

import java.util.List;
import java.util.Map;

/**
 * One product of the demo catalog.
 *
 * @param sku its SKU
 * @param name its name
 * @param manufacturer who makes it
 * @param category the slug of its category
 * @param price in US cents
 * @param prescriptionOnly whether it needs an approved prescription
 * @param taxCategory its tax category, or null for the default
 * @param colour the RGB colour of its picture, or -1 for none
 */
record DemoProduct(
        String sku,
        String name,
        String manufacturer,
        String category,
        long price,
        boolean prescriptionOnly,
        String taxCategory,
        int colour) {

    static final int NO_PICTURE = -1;

    /** The controlled substances among them, by SKU: tramadol is in federal Schedule IV. */
    static final Map<String, String> SCHEDULES = Map.of("DEMO-TRAM-50", "CIV");

    /** The catalog: over-the-counter and prescription-only, in every tax category. */
    static final List<DemoProduct> CATALOG = List.of(
            new DemoProduct(
                    "DEMO-IBU-200",
                    "Ibuprofen 200 mg, 24 tablets",
                    "Medivia",
                    "pain-relief",
                    499,
                    false,
                    null,
                    0xD9534F),
            new DemoProduct(
                    "DEMO-PARA-500",
                    "Paracetamol 500 mg, 16 tablets",
                    "Medivia",
                    "pain-relief",
                    299,
                    false,
                    null,
                    0xF0AD4E),
            new DemoProduct(
                    "DEMO-ASP-300",
                    "Aspirin 300 mg, 32 tablets",
                    "Bayside",
                    "pain-relief",
                    389,
                    false,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-NAP-250",
                    "Naproxen 250 mg, 20 tablets",
                    "Northwell",
                    "pain-relief",
                    645,
                    true,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-TRAM-50",
                    "Tramadol 50 mg, 30 capsules",
                    "Northwell",
                    "pain-relief",
                    1290,
                    true,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-VITD-1000",
                    "Vitamin D3 1000 IU, 90 softgels",
                    "Sunfield",
                    "vitamins",
                    350,
                    false,
                    "REDUCED",
                    0xFFD54F),
            new DemoProduct(
                    "DEMO-VITC-500",
                    "Vitamin C 500 mg, 60 tablets",
                    "Sunfield",
                    "vitamins",
                    425,
                    false,
                    "REDUCED",
                    0xFF9800),
            new DemoProduct(
                    "DEMO-FOLIC-400",
                    "Folic acid 400 µg, 90 tablets",
                    "Sunfield",
                    "vitamins",
                    275,
                    false,
                    "REDUCED",
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-IRON-14", "Iron 14 mg, 60 tablets", "Bayside", "vitamins", 399, false, "REDUCED", NO_PICTURE),
            new DemoProduct(
                    "DEMO-AMOX-500",
                    "Amoxicillin 500 mg, 21 capsules",
                    "Northwell",
                    "antibiotics",
                    1250,
                    true,
                    null,
                    0x5BC0DE),
            new DemoProduct(
                    "DEMO-AZI-250",
                    "Azithromycin 250 mg, 6 tablets",
                    "Northwell",
                    "antibiotics",
                    1875,
                    true,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-DOXY-100",
                    "Doxycycline 100 mg, 14 capsules",
                    "Medivia",
                    "antibiotics",
                    1420,
                    true,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-SPF-50", "Sun cream SPF 50, 200 ml", "Coastline", "skin-care", 1299, false, null, 0x5CB85C),
            new DemoProduct(
                    "DEMO-HYDRO-1",
                    "Hydrocortisone cream 1 %, 15 g",
                    "Coastline",
                    "skin-care",
                    549,
                    false,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-EMOL-500", "Emollient cream, 500 g", "Coastline", "skin-care", 899, false, null, NO_PICTURE),
            new DemoProduct(
                    "DEMO-PLAST-40",
                    "Fabric plasters, 40 pieces",
                    "Bayside",
                    "first-aid",
                    250,
                    false,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-THERM-1", "Digital thermometer", "Coastline", "first-aid", 1599, false, null, NO_PICTURE),
            new DemoProduct(
                    "DEMO-LOZ-24",
                    "Honey and lemon lozenges, 24",
                    "Medivia",
                    "cold-and-flu",
                    329,
                    false,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-DECON-10",
                    "Nasal decongestant spray, 10 ml",
                    "Bayside",
                    "cold-and-flu",
                    575,
                    false,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-PSE-60",
                    "Pseudoephedrine 60 mg, 12 tablets",
                    "Bayside",
                    "cold-and-flu",
                    649,
                    false,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-ORS-20",
                    "Oral rehydration salts, 20 sachets",
                    "Medivia",
                    "cold-and-flu",
                    699,
                    false,
                    "EXEMPT",
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-ATOR-20",
                    "Atorvastatin 20 mg, 28 tablets",
                    "Northwell",
                    "heart",
                    990,
                    true,
                    null,
                    NO_PICTURE),
            new DemoProduct(
                    "DEMO-RAMI-5", "Ramipril 5 mg, 28 capsules", "Medivia", "heart", 860, true, null, NO_PICTURE));

    /** The categories the catalog uses: slug and name. */
    static final List<List<String>> CATEGORIES = List.of(
            List.of("pain-relief", "Pain relief"),
            List.of("vitamins", "Vitamins and supplements"),
            List.of("antibiotics", "Antibiotics"),
            List.of("skin-care", "Skin care"),
            List.of("first-aid", "First aid"),
            List.of("cold-and-flu", "Cold and flu"),
            List.of("heart", "Heart and circulation"));

    /** Its controlled-substance schedule, or null when it is not controlled. */
    String schedule() {
        return SCHEDULES.get(sku);
    }
}
