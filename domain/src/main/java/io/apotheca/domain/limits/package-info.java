/**
 * Purchase limits: some medicines sold without a prescription may be bought only in limited
 * amounts per person, such as pseudoephedrine under the US Combat Methamphetamine Epidemic Act
 * (3.6 g of base a day, 9 g in 30 days). A {@code PurchaseLimitGroup} names the medicines that count
 * together, the amount of the limited substance in one unit of each, and its rules, each a most per
 * rolling window; {@code PurchaseLimitPolicy} says whether a basket fits beside what the person
 * bought before.
 */
package io.apotheca.domain.limits;
