package dev.datamesh.generator.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the last successful generation produced: the configuration hash, and per contract file the hash of its
 * bytes, its fingerprint and its outputs (relative path to size). Stored as JSON beside the outputs.
 */
public record BuildState(String configHash, Map<String, Entry> contracts) {

    static final int FORMAT = 1;
    private static final JsonFactory STREAMS = new JsonFactory();

    /** One contract file's last generation. */
    public record Entry(String sourceHash, String fingerprint, Map<String, Long> outputs) {
        public Entry {
            Objects.requireNonNull(sourceHash, "sourceHash == null");
            Objects.requireNonNull(fingerprint, "fingerprint == null");
            outputs = Map.copyOf(new TreeMap<>(outputs));
        }
    }

    public BuildState {
        Objects.requireNonNull(configHash, "configHash == null");
        contracts = Map.copyOf(new TreeMap<>(contracts));
    }

    public static BuildState empty() {
        return new BuildState("", Map.of());
    }

    /**
     * Reads a state file; a missing, unreadable or foreign file reads as empty (a cold build). Uses the streaming
     * parser only: a no-op build reads this file and little else, so it should not pay for data binding.
     */
    public static BuildState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (JsonParser parser = STREAMS.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return empty();
            }
            int format = -1;
            String configHash = "";
            Map<String, Entry> contracts = new TreeMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> format = parser.getIntValue();
                    case "configHash" -> configHash = parser.getText();
                    case "contracts" -> readContracts(parser, contracts);
                    default -> parser.skipChildren();
                }
                if (value == null) {
                    return empty();
                }
            }
            return format == FORMAT ? new BuildState(configHash, contracts) : empty();
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    private static void readContracts(JsonParser parser, Map<String, Entry> contracts) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = parser.currentName();
            parser.nextToken();
            String sourceHash = "";
            String fingerprint = "";
            Map<String, Long> outputs = new TreeMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "sourceHash" -> sourceHash = parser.getText();
                    case "fingerprint" -> fingerprint = parser.getText();
                    case "outputs" -> {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String output = parser.currentName();
                            parser.nextToken();
                            outputs.put(output, parser.getLongValue());
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            contracts.put(path, new Entry(sourceHash, fingerprint, outputs));
        }
    }

    /** The state as stable JSON text. */
    public String toJson() {
        // Data binding only here, on a write: reading the state (every build) streams.
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("configHash", configHash);
        ObjectNode contractsNode = root.putObject("contracts");
        new TreeMap<>(contracts).forEach((path, entry) -> {
            ObjectNode node = contractsNode.putObject(path);
            node.put("sourceHash", entry.sourceHash());
            node.put("fingerprint", entry.fingerprint());
            ObjectNode outputs = node.putObject("outputs");
            new TreeMap<>(entry.outputs()).forEach(outputs::put);
        });
        try {
            return json.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
