/**
 * The API's written contract and its browsable page: the hand-kept OpenAPI document, served as
 * {@code /openapi.json}, and Swagger UI at {@code /docs}, served from its webjar with no CDN.
 */
package io.apotheca.http.docs;
