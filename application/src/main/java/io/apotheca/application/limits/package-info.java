/**
 * Purchase limits: the groups of over-the-counter medicines that may be bought only in limited
 * amounts per person, kept for checkout to enforce (issue 23, begun: the store is here; the use
 * cases and checkout's enforcement come next).
 */
package io.apotheca.application.limits;
