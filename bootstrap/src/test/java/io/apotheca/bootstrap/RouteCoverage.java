package io.apotheca.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.http.Route;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Compares the routes a server registered with the operations its OpenAPI document names. */
final class RouteCoverage {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head", "options");

    private RouteCoverage() {}

    /** What one side has and the other lacks, one line each; empty when they agree. */
    static List<String> differences(Collection<Route> registered, JsonNode document) {
        Set<String> served = new TreeSet<>();
        registered.forEach(route -> served.add(route.method().toUpperCase(Locale.ROOT) + " " + route.path()));
        Set<String> documented = documentedOperations(document);
        List<String> differences = new ArrayList<>();
        served.stream()
                .filter(route -> !documented.contains(route))
                .forEach(route -> differences.add("registered but not documented: " + route));
        documented.stream()
                .filter(operation -> !served.contains(operation))
                .forEach(operation -> differences.add("documented but not registered: " + operation));
        return differences;
    }

    static Set<String> documentedOperations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }
}
