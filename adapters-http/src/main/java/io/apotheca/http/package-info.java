/**
 * The pharmacy's public REST API (contract: {@code /openapi.json}) on Javalin. Handlers are thin:
 * they read a request, call one use case and write its answer. Every refusal and every error leaves
 * as {@code application/problem+json} through {@link io.apotheca.http.problem.ProblemResponses};
 * every response carries an {@code X-Request-Id}. Bootstrap starts it through {@link
 * io.apotheca.http.HttpServer}.
 */
package io.apotheca.http;
