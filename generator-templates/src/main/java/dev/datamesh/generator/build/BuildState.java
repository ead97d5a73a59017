package dev.datamesh.generator.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    /** Reads a state file; a missing, unreadable or foreign file reads as empty (a cold build). */
    public static BuildState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("format").asInt() != FORMAT) {
                return empty();
            }
            Map<String, Entry> contracts = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : root.path("contracts").properties()) {
                JsonNode value = field.getValue();
                Map<String, Long> outputs = new TreeMap<>();
                value.path("outputs").properties().forEach(o -> outputs.put(o.getKey(), o.getValue().asLong()));
                contracts.put(field.getKey(), new Entry(value.path("sourceHash").asText(),
                        value.path("fingerprint").asText(), outputs));
            }
            return new BuildState(root.path("configHash").asText(), contracts);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The state as stable JSON text. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
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
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
