package dev.datamesh.generator.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.build.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The {@code contracts} bundle of a data product: a zip holding the contracts ({@code contracts/…}), every
 * generated definition ({@code mesh/…}: Glue JSON, Avro, OpenAPI, DQDL, job JSON, CloudFormation) and a
 * {@value #MANIFEST} describing them. It is published beside the jar and is the baseline that the
 * breaking-change check resolves later. Written reproducibly: sorted entries, one fixed timestamp.
 */
public final class ContractBundle {

    /** The manifest entry's name. */
    public static final String MANIFEST = "manifest.json";
    /** The folder of the contracts inside the bundle. */
    public static final String CONTRACTS = "contracts/";
    /** The folder of the generated definitions inside the bundle. */
    public static final String GENERATED = "mesh/";
    /** The bundle format written by this class. */
    public static final int FORMAT = 1;
    /** Most bytes read from one entry, so that a hostile archive cannot exhaust memory. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, byte[]> entries;

    private ContractBundle(Map<String, byte[]> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The entries by path, sorted. */
    public Map<String, byte[]> entries() {
        return entries;
    }

    /** The manifest, or an empty object when the bundle has none. */
    public JsonNode manifest() throws IOException {
        byte[] bytes = entries.get(MANIFEST);
        return bytes == null ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    /** The contract files, by path below {@code contracts/}. */
    public Map<String, String> contracts() {
        return texts(CONTRACTS);
    }

    /** The generated files, by path below {@code mesh/} (e.g. {@code avro/sales/Orders.avsc}). */
    public Map<String, String> generated() {
        return texts(GENERATED);
    }

    private Map<String, String> texts(String prefix) {
        Map<String, String> texts = new TreeMap<>();
        entries.forEach((path, bytes) -> {
            if (path.startsWith(prefix) && !path.endsWith("/")) {
                texts.put(path.substring(prefix.length()), new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return texts;
    }

    /** What one bundled contract is, for the manifest. */
    public record ContractEntry(String path, Contract contract) {}

    /** Coordinates and tool version for the manifest. */
    public record Coordinates(String groupId, String artifactId, String version, String pluginVersion) {}

    /**
     * Builds a bundle from contract files and generated files.
     *
     * @param contracts each contract with its path inside {@code contracts/} and its source text
     * @param contractTexts path inside {@code contracts/} to file bytes
     * @param generated path inside {@code mesh/} to file bytes
     */
    public static ContractBundle of(Coordinates coordinates, List<ContractEntry> contracts,
            Map<String, byte[]> contractTexts, Map<String, byte[]> generated) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        contractTexts.forEach((path, bytes) -> entries.put(CONTRACTS + path, bytes));
        generated.forEach((path, bytes) -> entries.put(GENERATED + path, bytes));
        entries.put(MANIFEST, manifest(coordinates, contracts, generated.keySet()));
        return new ContractBundle(entries);
    }

    private static byte[] manifest(Coordinates coordinates, List<ContractEntry> contracts,
            java.util.Set<String> generated) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("groupId", coordinates.groupId());
        root.put("artifactId", coordinates.artifactId());
        root.put("version", coordinates.version());
        root.put("pluginVersion", coordinates.pluginVersion());
        ArrayNode products = root.putArray("products");
        new TreeMap<>(productsOf(contracts)).forEach((key, domain) -> {
            ObjectNode product = products.addObject();
            product.put("id", key);
            product.put("domain", domain);
        });
        ArrayNode list = root.putArray("contracts");
        for (ContractEntry entry : contracts) {
            Contract contract = entry.contract();
            ObjectNode node = list.addObject();
            node.put("path", CONTRACTS + entry.path());
            node.put("id", contract.id());
            node.put("version", contract.version());
            node.put("domain", contract.domain().orElse(""));
            node.put("dataProduct", contract.dataProduct().orElse(""));
            node.put("fingerprint", contract.fingerprint());
        }
        ArrayNode files = root.putArray("generated");
        generated.stream().sorted().forEach(path -> files.add(GENERATED + path));
        try {
            return (JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Product id ({@code domain/dataProduct}) to domain. */
    private static Map<String, String> productsOf(List<ContractEntry> contracts) {
        Map<String, String> products = new TreeMap<>();
        for (ContractEntry entry : contracts) {
            Contract c = entry.contract();
            String domain = c.domain().orElse("");
            String product = c.dataProduct().orElse(c.id());
            products.put(domain.isEmpty() ? product : domain + "/" + product, domain);
        }
        return products;
    }

    /** Writes the zip atomically; every entry gets the same timestamp so that equal input gives equal bytes. */
    public void write(Path zip, Instant timestamp) throws IOException {
        Objects.requireNonNull(timestamp, "timestamp == null");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            FileTime time = FileTime.from(timestamp);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(time);
                zipEntry.setCreationTime(time);
                zipEntry.setLastAccessTime(time);
                out.putNextEntry(zipEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        AtomicFiles.write(zip, bytes.toByteArray());
    }

    /**
     * Reads a bundle.
     *
     * @throws IOException when the file is no zip, or an entry is unsafe (absolute or {@code ..} paths) or huge
     */
    public static ContractBundle read(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.equals("..")) {
                    throw new IOException("Unsafe entry '" + name + "' in bundle " + zip);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] data = zin.readNBytes((int) MAX_ENTRY_BYTES + 1);
                if (data.length > MAX_ENTRY_BYTES) {
                    throw new IOException("Entry '" + name + "' in bundle " + zip + " is larger than "
                            + MAX_ENTRY_BYTES + " bytes");
                }
                entries.put(name, data);
            }
        }
        if (entries.isEmpty()) {
            throw new IOException("Bundle " + zip + " is empty or not a zip file");
        }
        return new ContractBundle(entries);
    }
}
