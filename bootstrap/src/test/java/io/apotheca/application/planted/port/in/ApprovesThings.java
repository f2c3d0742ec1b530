package io.apotheca.application.planted.port.in;

/** Breaks the rule: an incoming port whose name does not say it is a use case. */
public interface ApprovesThings {

    void approve();
}
