package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apotheca.http.Route;
import io.apotheca.http.docs.OpenApiDocument;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks that keep openapi.yaml true are able to fail: each is shown an exchange or route that lies. */
class ContractCheckTest {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM =
            Map.of("Content-Type", List.of("application/problem+json"));

    private final ContractCheck contract = ContractCheck.ofApi();

    private static ContractCheck.Exchange get(String path, int status, Map<String, List<String>> headers, String body) {
        return new ContractCheck.Exchange(
                "GET", URI.create("http://127.0.0.1" + path), Map.of(), null, status, headers, body);
    }

    @Test
    void an_exchange_the_document_describes_passes() {
        contract.verify(get("/health/live", 200, JSON, "{\"status\":\"UP\"}"));
        contract.verify(get(
                "/health/ready",
                503,
                PROBLEM,
                "{\"type\":\"urn:apotheca:problem:not_ready\",\"title\":\"Not ready\",\"status\":503,"
                        + "\"code\":\"not_ready\",\"dependencies\":{\"database\":\"DOWN\"}}"));
    }

    @Test
    void a_body_that_breaks_its_schema_fails() {
        assertThat(contract.violations(get("/health/live", 200, JSON, "{\"status\":\"SLEEPING\"}")))
                .anySatisfy(violation -> assertThat(violation).contains("validation.response.body"));
        assertThat(contract.violations(get("/health/live", 200, JSON, "{}")))
                .anySatisfy(violation -> assertThat(violation).contains("status"));
    }

    @Test
    void a_response_field_the_document_does_not_list_fails() {
        assertThat(contract.violations(get("/health/live", 200, JSON, "{\"status\":\"UP\",\"heapDump\":\"...\"}")))
                .anySatisfy(violation -> assertThat(violation).contains("additionalProperties"));
    }

    @Test
    void a_status_the_operation_does_not_document_fails() {
        assertThatThrownBy(() -> contract.verify(get("/health/live", 418, PROBLEM, "{\"code\":\"teapot\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("validation.response.status.unknown");
    }

    @Test
    void a_problem_code_its_response_does_not_name_fails() {
        String body =
                "{\"type\":\"urn:apotheca:problem:flooded\",\"title\":\"Flooded\",\"status\":404,\"code\":\"flooded\"}";
        assertThat(contract.violations(get("/docs/swagger-ui.css", 404, PROBLEM, body)))
                .containsExactly("problem code 'flooded' is not among the response's documented codes [not_found]");
    }

    @Test
    void a_media_type_the_response_does_not_document_fails() {
        assertThat(contract.violations(
                        get("/health/live", 200, Map.of("Content-Type", List.of("text/html")), "<p>UP</p>")))
                .anySatisfy(violation -> assertThat(violation).contains("contentType"));
    }

    @Test
    void an_accepted_request_the_document_does_not_allow_fails_but_a_refused_one_may() {
        ContractCheck.Exchange accepted = new ContractCheck.Exchange(
                "GET", URI.create("http://127.0.0.1/docs/secrets.txt"), Map.of(), null, 200, JSON, "{}");
        assertThat(contract.violations(accepted)).isNotEmpty();
        ContractCheck.Exchange refused = new ContractCheck.Exchange(
                "GET",
                URI.create("http://127.0.0.1/docs/secrets.txt"),
                Map.of(),
                null,
                404,
                PROBLEM,
                "{\"type\":\"urn:apotheca:problem:not_found\",\"title\":\"Not found\",\"status\":404,\"code\":\"not_found\"}");
        assertThat(contract.violations(refused)).isEmpty();
    }

    @Test
    void an_answer_on_a_route_the_document_does_not_have_is_checked_too() {
        String notFound =
                "{\"type\":\"urn:apotheca:problem:not_found\",\"title\":\"Not found\",\"status\":404,\"code\":\"not_found\"}";
        assertThat(contract.violations(get("/api/v1/no-such-thing", 404, PROBLEM, notFound)))
                .isEmpty();
        assertThat(contract.violations(get("/api/v1/no-such-thing", 400, PROBLEM, "{\"code\":\"bad_request\"}")))
                .anySatisfy(violation -> assertThat(violation).contains("validation.request.path.missing"));
        assertThat(contract.violations(get("/api/v1/no-such-thing", 200, JSON, "{}")))
                .anySatisfy(violation -> assertThat(violation).contains("validation.request.path.missing"));
        ContractCheck.Exchange wrongMethod = new ContractCheck.Exchange(
                "PUT",
                URI.create("http://127.0.0.1/health/live"),
                Map.of(),
                null,
                405,
                PROBLEM,
                "{\"type\":\"urn:apotheca:problem:method_not_allowed\",\"title\":\"Method not allowed\",\"status\":405,\"code\":\"method_not_allowed\"}");
        assertThat(contract.violations(wrongMethod)).isEmpty();
    }

    @Test
    void a_route_missing_from_the_document_and_a_documented_route_that_does_not_exist_are_both_named()
            throws Exception {
        JsonNode document = new YAMLMapper().readTree(OpenApiDocument.asYaml());
        List<Route> registered = new java.util.ArrayList<>();
        RouteCoverage.documentedOperations(document).forEach(operation -> {
            String[] parts = operation.split(" ", 2);
            registered.add(new Route(parts[0], parts[1], Set.of()));
        });
        assertThat(RouteCoverage.differences(registered, document)).isEmpty();

        registered.removeIf(route -> route.toString().equals("GET /health/live"));
        registered.add(new Route("POST", "/api/v1/undocumented", Set.of("ADMIN")));
        assertThat(RouteCoverage.differences(registered, document))
                .containsExactly(
                        "registered but not documented: POST /api/v1/undocumented",
                        "documented but not registered: GET /health/live");
    }
}
