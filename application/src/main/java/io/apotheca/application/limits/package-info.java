/**
 * Purchase limits: groups of over-the-counter medicines that may be bought only in limited amounts
 * per person (pseudoephedrine: 3,600 mg a day, 9,000 mg in 30 days), and a most per order for single
 * products. Administrators define them; {@link io.apotheca.application.limits.PurchaseLimits} judges
 * a basket by them, for checkout (which refuses) and the cart summary (which warns).
 */
package io.apotheca.application.limits;
