/**
 * The pharmacy's use cases: each capability has an incoming port ({@code port.in}, one interface
 * per use case, named {@code ...UseCase}) and the outgoing ports it needs ({@code port.out}, named
 * for what the pharmacy needs: stores as plural nouns, the outside world as a capability). One
 * command runs in one transaction. Time and ids are injected, never read from the system here.
 */
package io.apotheca.application;
