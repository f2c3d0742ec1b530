package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.http.Route;
import io.apotheca.http.docs.OpenApiDocument;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document is the whole contract and only the contract: every route the server registers
 * is in it and it names no other, it is valid OpenAPI 3.0, each operation's security matches the roles
 * its route admits, each error response is problem+json (an OperationOutcome under {@code /fhir/})
 * naming its codes, and the server serves it at
 * {@code /openapi.json} with its browsable page at {@code /docs}.
 */
class OpenApiDocumentIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        document = new YAMLMapper().readTree(OpenApiDocument.asYaml());
    }

    @Test
    void every_registered_route_is_documented_and_the_document_names_no_other() {
        assertThat(pharmacy.app.routes()).hasSizeGreaterThan(60);
        assertThat(RouteCoverage.differences(pharmacy.app.routes(), document)).isEmpty();
    }

    @Test
    void the_document_is_valid_openapi_3_0() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser()
                .readContents(new String(OpenApiDocument.asYaml(), StandardCharsets.UTF_8), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void each_operation_is_secured_exactly_as_its_route_admits() {
        List<String> wrong = new ArrayList<>();
        for (Route route : pharmacy.app.routes()) {
            JsonNode operation = operation(route);
            JsonNode security = operation.path("security");
            JsonNode responses = operation.path("responses");
            if (route.path().startsWith("/fhir/")) {
                // FHIR routes have no route roles: their use cases decide, answering in OperationOutcomes
                // (FhirApiIT proves who may call what); metadata is open, the rest take a bearer token
                boolean open = route.path().endsWith("/metadata");
                if (open != security.toString().equals("[]")) {
                    wrong.add(route + " is a FHIR route whose security is " + security);
                }
                continue;
            }
            if (route.roles().isEmpty()) {
                boolean open = security.isArray()
                        && (security.isEmpty() || security.get(0).isEmpty());
                if (!open) {
                    wrong.add(route + " admits anyone but its security is " + security);
                }
                continue;
            }
            if (!security.toString().equals("[{\"bearer\":[]}]")) {
                wrong.add(route + " needs a bearer token but its security is " + security);
            }
            if (!responses.has("401")) {
                wrong.add(route + " needs a bearer token but documents no 401");
            }
            if (route.roles().size() < 3 && !responses.has("403")) {
                wrong.add(route + " admits only " + route.roles() + " but documents no 403");
            }
            String who = operation.path("description").asText();
            for (String role : route.roles()) {
                if (route.roles().size() < 3 && !who.contains(role)) {
                    wrong.add(route + " admits " + role + " but its description does not say so");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void each_operation_is_named_described_and_its_errors_are_problems_naming_their_codes() {
        List<String> wrong = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Route route : pharmacy.app.routes()) {
            JsonNode operation = operation(route);
            if (!operationIds.add(operation.path("operationId").asText())) {
                wrong.add(route + " has a missing or repeated operationId");
            }
            if (operation.path("summary").asText().isBlank()
                    || operation.path("tags").isEmpty()) {
                wrong.add(route + " has no summary or no tag");
            }
            if (!operation.path("description").asText().startsWith("**Who:**")) {
                wrong.add(route + " does not say who may call it");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (Integer.parseInt(response.getKey()) < 400) {
                    return;
                }
                JsonNode resolved = resolve(response.getValue());
                String errors =
                        route.path().startsWith("/fhir/") ? "application/fhir+json" : "application/problem+json";
                if (!resolved.path("content").has(errors)) {
                    wrong.add(route + " " + response.getKey() + " is not " + errors);
                }
                if (ContractCheck.namedCodes(resolved).isEmpty()) {
                    wrong.add(route + " " + response.getKey() + " names no problem code");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_server_serves_the_document_as_json_and_a_page_to_browse_it_without_any_cdn() throws Exception {
        Download json = pharmacy.download("/openapi.json", null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(new ObjectMapper().readTree(json.body())).isEqualTo(document);

        Download page = pharmacy.download("/docs", null);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.status()).isEqualTo(200);
        assertThat(html).contains("/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/apotheca-docs.js");
        assertThat(html).doesNotContain("https://", "http://");

        Download bundle = pharmacy.download("/docs/swagger-ui-bundle.js", null);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(bundle.body().length).isGreaterThan(100_000);
        assertThat(new String(pharmacy.download("/docs/apotheca-docs.js", null).body(), StandardCharsets.UTF_8))
                .contains("url: \"/openapi.json\"");
        assertThat(pharmacy.download("/docs/swagger-ui.css", null).status()).isEqualTo(200);
        assertThat(pharmacy.download("/docs/index.html", null).status()).isEqualTo(404);
        assertThat(pharmacy.download("/docs/..%2Fopenapi.yaml", null).status()).isEqualTo(404);
    }

    private static JsonNode operation(Route route) {
        JsonNode operation =
                document.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
        assertThat(operation.isMissingNode()).as(route + " is documented").isFalse();
        return operation;
    }

    private static JsonNode resolve(JsonNode response) {
        if (!response.has("$ref")) {
            return response;
        }
        return document.path("components")
                .path("responses")
                .path(response.path("$ref").asText().replace("#/components/responses/", ""));
    }
}
