package io.apotheca.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds the events the pharmacy publishes (on the broker and in webhooks alike) to
 * {@code docs/asyncapi.yaml}. An event's {@code type} must be the {@code name} of one of the
 * document's messages, and the whole event must keep to that message's payload schema; every
 * {@code data} object there is closed, so a field the document does not list fails. Each payload is
 * checked as one JSON Schema (draft 2020-12) with the document's {@code components.schemas}
 * embedded as {@code $defs}.
 */
final class AsyncApiCheck {

    private static final String DOCUMENT = "docs/asyncapi.yaml";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String DEFS = "#/$defs/";
    private static final String BASE = "https://apotheca.io/asyncapi/messages/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile AsyncApiCheck events;

    private final Map<String, Schema> payloads;
    private final Map<String, List<JsonNode>> examples;

    AsyncApiCheck(String yaml) {
        JsonNode document = readYaml(yaml);
        JsonNode schemas = document.path("components").path("schemas");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, Schema> payloads = new TreeMap<>();
        Map<String, List<JsonNode>> examples = new TreeMap<>();
        for (JsonNode message : document.path("components").path("messages")) {
            String name = message.path("name").asText("");
            if (name.isEmpty()
                    || payloads.containsKey(name)
                    || !message.path("payload").isObject()) {
                throw new IllegalStateException(
                        "asyncapi.yaml: each message needs a name of its own and a payload schema: " + message);
            }
            ObjectNode payload =
                    (ObjectNode) withLocalReferences(message.path("payload").deepCopy());
            payload.set("$defs", withLocalReferences(schemas.deepCopy()));
            payloads.put(name, registry.getSchema(SchemaLocation.of(BASE + name), write(payload), InputFormat.JSON));
            List<JsonNode> payloadExamples = new ArrayList<>();
            message.path("examples").forEach(example -> payloadExamples.add(example.path("payload")));
            examples.put(name, Collections.unmodifiableList(payloadExamples));
        }
        this.payloads = Collections.unmodifiableMap(payloads);
        this.examples = Collections.unmodifiableMap(examples);
    }

    /** The check against the repository's {@code docs/asyncapi.yaml}, read once. */
    static AsyncApiCheck ofEvents() {
        if (events == null) {
            synchronized (AsyncApiCheck.class) {
                if (events == null) {
                    try {
                        events = new AsyncApiCheck(Files.readString(document()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return events;
    }

    /**
     * The document: {@code ../docs/asyncapi.yaml} from the bootstrap module, where tests run, or
     * else the nearest {@code docs/asyncapi.yaml} above the working directory.
     */
    static Path document() {
        Path here = Path.of("").toAbsolutePath();
        Path beside = here.resolve("..").resolve(DOCUMENT).normalize();
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(DOCUMENT))) {
                return folder.resolve(DOCUMENT);
            }
        }
        throw new IllegalStateException("no " + DOCUMENT + " in " + here + " or any folder above it");
    }

    /** Every event type the document describes: the names of its messages. */
    Set<String> documentedTypes() {
        return payloads.keySet();
    }

    /** The example payloads the document gives, by the name of the message that gives them. */
    Map<String, List<JsonNode>> examples() {
        return examples;
    }

    /** Every way the event breaks the document, one readable line each; empty when it keeps to it. */
    List<String> problemsOf(JsonNode message) {
        JsonNode type = message.path("type");
        if (!type.isTextual()) {
            return List.of("the event has no type, so no message of asyncapi.yaml describes it");
        }
        Schema payload = payloads.get(type.asText());
        if (payload == null) {
            return List.of("type '" + type.asText() + "' is not the name of any message of asyncapi.yaml "
                    + documentedTypes());
        }
        return payload.validate(write(message), InputFormat.JSON).stream()
                .map(error -> type.asText() + " " + error)
                .toList();
    }

    /** Throws an {@link AssertionError} naming every way the event breaks the document. */
    void assertValid(JsonNode message) {
        List<String> problems = problemsOf(message);
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    "The event breaks asyncapi.yaml:\n  " + String.join("\n  ", problems) + "\n  event: " + message);
        }
    }

    /** The node, its references to the document's components turned into references to {@code $defs}. */
    private static JsonNode withLocalReferences(JsonNode node) {
        JsonNode reference = node.get("$ref");
        if (node.isObject() && reference != null && reference.asText("").startsWith(COMPONENTS)) {
            ((ObjectNode) node).put("$ref", DEFS + reference.asText().substring(COMPONENTS.length()));
        }
        node.forEach(AsyncApiCheck::withLocalReferences);
        return node;
    }

    private static JsonNode readYaml(String yaml) {
        try {
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the validator reads JSON with its own Jackson (3.x), so the two meet as text
    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
