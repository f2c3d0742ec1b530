package io.apotheca.http;

import io.javalin.config.RoutesConfig;

/** One REST resource of the API: it declares its routes, each handled by a method of its own. */
public interface Resource {

    void register(RoutesConfig routes);
}
