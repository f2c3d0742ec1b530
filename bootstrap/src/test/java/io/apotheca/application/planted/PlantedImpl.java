package io.apotheca.application.planted;

/** Breaks the rule: named for implementing something rather than for what it is. */
public class PlantedImpl {}
