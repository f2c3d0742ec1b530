package io.apotheca.bootstrap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apotheca.http.docs.OpenApiDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds real exchanges with the API to its OpenAPI document. Every response must be one the document
 * describes (status, media type, body schema), and a problem's {@code code} must be one its response
 * names. A request the API accepted (2xx) must be one the document allows; a refused request is
 * allowed to break the document, since refusing it is the point.
 */
final class ContractCheck {

    private static final String UNKNOWN_PATH = "validation.request.path.missing";
    private static final String UNKNOWN_METHOD = "validation.request.operation.notAllowed";
    private static final Pattern CODE = Pattern.compile("`([a-z][a-z0-9_]*)`");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile ContractCheck api;

    private final OpenApiInteractionValidator validator;
    private final JsonNode document;

    ContractCheck(String yaml) {
        // the server ignores request fields it does not know, so a request may carry more than its
        // schema lists; a response may not: every field the server writes must be documented
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        // nor does it read a body sent to an operation that takes none
                        .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        try {
            this.document = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The check against the document the HTTP adapter serves, read once. */
    static ContractCheck ofApi() {
        if (api == null) {
            synchronized (ContractCheck.class) {
                if (api == null) {
                    api = new ContractCheck(new String(OpenApiDocument.asYaml(), StandardCharsets.UTF_8));
                }
            }
        }
        return api;
    }

    /**
     * One exchange as the test saw it.
     *
     * @param method the request's method
     * @param uri the request's address, with its query
     * @param requestHeaders the request's headers
     * @param requestBody the request's body, null when it had none or it was not text
     * @param status the response's status
     * @param responseHeaders the response's headers
     * @param responseBody the response's body as text, null when it had none or it was binary
     */
    record Exchange(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            String responseBody) {}

    /** Throws an {@link AssertionError} naming every way the exchange breaks the document. */
    void verify(Exchange exchange) {
        List<String> problems = violations(exchange);
        if (!problems.isEmpty()) {
            throw new AssertionError("The exchange " + exchange.method() + " " + exchange.uri() + " → "
                    + exchange.status() + " breaks openapi.yaml:\n  " + String.join("\n  ", problems)
                    + "\n  response body: " + exchange.responseBody());
        }
    }

    /** Every way the exchange breaks the document; empty when it keeps to it. */
    List<String> violations(Exchange exchange) {
        boolean accepted = exchange.status() / 100 == 2;
        ValidationReport report = validator.validate(request(exchange), response(exchange));
        List<String> problems = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> accepted || !refusedRequestMayBreak(message.getKey()))
                .filter(message -> !answersAnUnknownRoute(exchange, message.getKey()))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .collect(Collectors.toList());
        undocumentedCode(exchange).ifPresent(problems::add);
        return problems;
    }

    /**
     * A refused request may break the request's schema, but must still name an operation the
     * document has: on an unknown path or method the validator stops before looking at the response.
     */
    private static boolean refusedRequestMayBreak(String key) {
        return key.startsWith("validation.request.") && !key.equals(UNKNOWN_PATH) && !key.equals(UNKNOWN_METHOD);
    }

    /** A path the API does not have is 404 {@code not_found}; a method a path does not take is 405. */
    private static boolean answersAnUnknownRoute(Exchange exchange, String key) {
        String code = problemCode(exchange).orElse("");
        return UNKNOWN_PATH.equals(key) && exchange.status() == 404 && code.equals("not_found")
                || UNKNOWN_METHOD.equals(key) && exchange.status() == 405 && code.equals("method_not_allowed");
    }

    private static Optional<String> problemCode(Exchange exchange) {
        if (exchange.responseBody() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(errorCode(JSON.readTree(exchange.responseBody())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** An error body's code: a problem's {@code code}, or an OperationOutcome's (under {@code /fhir/}). */
    static String errorCode(JsonNode body) {
        return body.has("code")
                ? body.path("code").asText("")
                : body.path("issue")
                        .path(0)
                        .path("details")
                        .path("coding")
                        .path(0)
                        .path("code")
                        .asText("");
    }

    private Optional<String> undocumentedCode(Exchange exchange) {
        if (exchange.status() < 400 || exchange.responseBody() == null) {
            return Optional.empty();
        }
        Optional<String> code = problemCode(exchange);
        if (code.isEmpty()) {
            return Optional.of("the error body is not JSON");
        }
        if (operation(exchange).isEmpty()) {
            return Optional.empty(); // an unknown route: the validator's report covers it
        }
        Optional<JsonNode> response = documentedResponse(exchange);
        if (response.isEmpty()) {
            return Optional.of("status " + exchange.status() + " is not documented for this operation");
        }
        Set<String> named = namedCodes(response.get());
        return named.contains(code.get())
                ? Optional.empty()
                : Optional.of(
                        "problem code '" + code.get() + "' is not among the response's documented codes " + named);
    }

    /** The documented operation the exchange's method and raw path name, the most literal path first. */
    private Optional<JsonNode> operation(Exchange exchange) {
        String path = exchange.uri().getRawPath();
        String method = exchange.method().toLowerCase(Locale.ROOT);
        return iterable(document.path("paths").fieldNames()).stream()
                .filter(template -> matches(template, path))
                .filter(template -> document.path("paths").path(template).has(method))
                .min(Comparator.comparingLong(
                        template -> template.chars().filter(c -> c == '{').count()))
                .map(template -> document.path("paths").path(template).path(method));
    }

    /** The documented response for the exchange's operation and status, its reference followed. */
    Optional<JsonNode> documentedResponse(Exchange exchange) {
        Optional<JsonNode> operation = operation(exchange);
        if (operation.isEmpty()) {
            return Optional.empty();
        }
        JsonNode response = operation.get().path("responses").path(Integer.toString(exchange.status()));
        if (response.isMissingNode()) {
            return Optional.empty();
        }
        if (response.has("$ref")) {
            String name = response.path("$ref").asText().replace("#/components/responses/", "");
            response = document.path("components").path("responses").path(name);
        }
        return Optional.of(response);
    }

    /** The back-quoted codes a response's description names. */
    static Set<String> namedCodes(JsonNode response) {
        Matcher codes = CODE.matcher(response.path("description").asText(""));
        Set<String> named = new TreeSet<>();
        while (codes.find()) {
            named.add(codes.group(1));
        }
        return named;
    }

    private static boolean matches(String template, String path) {
        return path.matches(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    private static Request request(Exchange exchange) {
        SimpleRequest.Builder request =
                new SimpleRequest.Builder(exchange.method(), exchange.uri().getRawPath(), true);
        exchange.requestHeaders().forEach(request::withHeader);
        String query = exchange.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!value.isBlank()) { // the API reads a blank query value as no value
                    request.withQueryParam(name, value);
                }
            }
        }
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        return response.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
