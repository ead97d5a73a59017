package dev.datamesh.contract.loader;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into {@link Node}s that know their file, line and column, refusing what could hurt: files over the
 * size limit, binary content, duplicate keys, custom tags, deep nesting and alias bombs.
 *
 * <p>Problems in the input become events, never exceptions. Aliases are expanded (the expanded tree shares the
 * anchored nodes, so expansion costs no memory), and YAML merge keys ({@code <<: *base}) are honoured.
 */
public final class SafeYamlLoader {

    public static final String SYNTAX = "ODCS-YAML-SYNTAX";
    public static final String DUPLICATE_KEY = "ODCS-YAML-DUPLICATE-KEY";
    public static final String TAG = "ODCS-YAML-TAG";
    public static final String ALIAS = "ODCS-YAML-ALIAS";
    public static final String DEPTH = "ODCS-YAML-DEPTH";
    public static final String SIZE = "ODCS-YAML-SIZE";
    public static final String ENCODING = "ODCS-YAML-ENCODING";
    public static final String EMPTY = "ODCS-YAML-EMPTY";
    public static final String MULTI_DOCUMENT = "ODCS-YAML-MULTI-DOCUMENT";
    public static final String IO = "ODCS-YAML-IO";

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");
    private static final String MERGE_KEY = "<<";

    private final LoaderLimits limits;
    private final YAMLFactory factory;

    public SafeYamlLoader(LoaderLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(Math.max(1, limits.maxAliases()));
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // 'key:' with nothing after it is null in YAML; the builder leaves this feature off.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // Duplicate keys are reported by this loader, with both locations.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                        .build())
                .build();
    }

    public SafeYamlLoader() {
        this(LoaderLimits.DEFAULT);
    }

    public LoaderLimits limits() {
        return limits;
    }

    /** Reads a file; the file name used in locations is {@code displayName}. */
    public ValidatedResult<Node> load(Path path, String displayName) {
        SourceLocation start = SourceLocation.startOf(displayName);
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return failed(SIZE, start, "File is " + size + " bytes, more than the limit of "
                        + limits.maxFileBytes() + " bytes.",
                        "split the contract into smaller files; a data contract is normally a few kilobytes.");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
            }
            return load(bytes, displayName);
        } catch (NoSuchFileException e) {
            return failed(IO, start, "File not found.", "check the path given in mesh.contracts.");
        } catch (IOException e) {
            return failed(IO, start, "Cannot read file: " + e.getMessage(), "check that the file is readable.");
        }
    }

    /** Reads YAML bytes (UTF-8, optionally with a byte-order mark). */
    public ValidatedResult<Node> load(byte[] bytes, String displayName) {
        SourceLocation start = SourceLocation.startOf(displayName);
        if (bytes.length > limits.maxFileBytes()) {
            return failed(SIZE, start, "File is larger than the limit of " + limits.maxFileBytes() + " bytes.",
                    "split the contract into smaller files; a data contract is normally a few kilobytes.");
        }
        String text;
        try {
            text = decodeUtf8(bytes, displayName);
        } catch (NotTextException e) {
            return ValidatedResult.failed(List.of(e.event));
        }
        if (text.isBlank() || isOnlyComments(text)) {
            return failed(EMPTY, start, "File is empty: it holds no YAML document.",
                    "write a data contract starting with 'apiVersion: v3.1.0' and 'kind: DataContract'.");
        }
        return loadText(text, displayName);
    }

    /** Reads YAML text. */
    public ValidatedResult<Node> load(String text, String displayName) {
        return load(text.getBytes(StandardCharsets.UTF_8), displayName);
    }

    private ValidatedResult<Node> loadText(String text, String displayName) {
        Builder builder = new Builder(displayName);
        try (YAMLParser parser = factory.createParser(new StringReader(text))) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return failed(EMPTY, SourceLocation.startOf(displayName), "File is empty: it holds no YAML document.",
                        "write a data contract starting with 'apiVersion: v3.1.0' and 'kind: DataContract'.");
            }
            Node root = builder.read(parser, 1);
            JsonToken next = parser.nextToken();
            if (next != null) {
                return failed(MULTI_DOCUMENT, separator(text, builder.location(parser.currentTokenLocation())),
                        "File holds more than one YAML document.",
                        "keep one contract per file; remove the '---' separator and what follows or move it to its own file.");
            }
            return ValidatedResult.of(root, List.of());
        } catch (LoadException e) {
            return ValidatedResult.failed(List.of(e.event));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                return ValidatedResult.failed(List.of(syntaxError(marked, displayName)));
            }
            JsonLocation where = e.getLocation();
            SourceLocation location = where == null ? SourceLocation.startOf(displayName) : builder.location(where);
            return failed(SYNTAX, location, "Invalid YAML: " + cleanMessage(e.getOriginalMessage()),
                    "fix the YAML syntax at this position (indentation, a missing ':' or an unclosed quote or bracket).");
        } catch (IOException | RuntimeException e) {
            return failed(SYNTAX, SourceLocation.startOf(displayName), "Invalid YAML: " + cleanMessage(e.getMessage()),
                    "fix the YAML syntax.");
        } catch (StackOverflowError e) {
            return failed(DEPTH, SourceLocation.startOf(displayName), "YAML nesting is too deep.",
                    "flatten the document; contracts nest at most " + limits.maxDepth() + " levels.");
        }
    }

    /**
     * A syntax error from SnakeYAML's own parts: the problem ("found character TAB that cannot start any token")
     * and its context ("while scanning a quoted scalar"), located at the problem, or at the start of the context
     * when the problem is the end of the file (an unclosed quote or bracket is fixed where it opens).
     */
    private static ValidationEvent syntaxError(MarkedYAMLException e, String displayName) {
        String problem = e.getProblem() == null ? "unreadable input" : e.getProblem().replace("\\t(TAB)", "TAB");
        String context = e.getContext() == null ? "" : " " + e.getContext();
        boolean atEnd = problem.contains("end of stream");
        Mark mark = atEnd && e.getContextMark() != null ? e.getContextMark()
                : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourceLocation location = mark == null ? SourceLocation.startOf(displayName)
                : new SourceLocation(displayName, mark.getLine() + 1, mark.getColumn() + 1);
        String message = "Invalid YAML: " + cleanMessage(problem + context);
        String hint;
        if (problem.contains("TAB")) {
            message = "Invalid YAML: a tab character where YAML allows only spaces (tabs cannot indent).";
            hint = "replace the tab characters at the start of this line with spaces.";
        } else if (atEnd && context.contains("quoted scalar")) {
            hint = "close the quoted value that starts here with a matching quote.";
        } else if (atEnd) {
            hint = "close the bracket or quote that starts here.";
        } else if (problem.contains("mapping values are not allowed")) {
            hint = "indent this key like the keys above it, or quote a value that contains ': '.";
        } else if (problem.contains("<block end>")) {
            hint = "indent this line like the other keys of its mapping; YAML nesting follows indentation.";
        } else {
            hint = "fix the YAML syntax at this position (indentation, a missing ':' or an unclosed quote or bracket).";
        }
        return ValidationEvent.error(SYNTAX, location, message, hint);
    }

    /** The '---' line that starts the document at {@code second}, or {@code second} itself when there is none. */
    private static SourceLocation separator(String text, SourceLocation second) {
        List<String> lines = text.lines().toList();
        for (int line = Math.min(second.line(), lines.size()); line >= 1; line--) {
            String content = lines.get(line - 1);
            if (content.startsWith("---") && (content.length() == 3 || Character.isWhitespace(content.charAt(3)))) {
                return new SourceLocation(second.file(), line, 1);
            }
            if (line < second.line() && !content.isBlank() && !content.stripLeading().startsWith("#")) {
                break;
            }
        }
        return second;
    }

    private static ValidatedResult<Node> failed(String rule, SourceLocation where, String message, String hint) {
        return ValidatedResult.failed(List.of(ValidationEvent.error(rule, where, message, hint)));
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable input";
        }
        // SnakeYAML messages span lines and repeat the snippet; keep the first sentence-like line.
        String firstLine = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("unreadable input");
        return firstLine.endsWith(".") ? firstLine : firstLine + ".";
    }

    private static boolean isOnlyComments(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---")
                || l.equals("..."));
    }

    private static String decodeUtf8(byte[] bytes, String displayName) throws NotTextException {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        int line = 1;
        int column = 1;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotTextException(ValidationEvent.error(ENCODING, new SourceLocation(displayName, line, column),
                        "File is not text: it holds a NUL byte.",
                        "a contract is a UTF-8 YAML text file; check that the right file was given."));
            }
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // Report the line and column of the first byte that is no UTF-8, e.g. a Latin-1 'é'.
            int bad = in.position();
            int badLine = 1;
            int badColumn = 1;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    badLine++;
                    badColumn = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    badColumn++;
                }
            }
            SourceLocation where = new SourceLocation(displayName, badLine, badColumn);
            throw new NotTextException(ValidationEvent.error(ENCODING, where,
                    String.format(Locale.ROOT, "File is not valid UTF-8 text (byte 0x%02X).", bytes[bad] & 0xFF),
                    "save the contract as UTF-8; a contract is a YAML text file."));
        }
        return out.flip().toString();
    }

    private static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ValidationEvent event;

        NotTextException(ValidationEvent event) {
            super(event.message(), null, false, false);
            this.event = event;
        }
    }

    private static final class LoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationEvent event;

        LoadException(ValidationEvent event) {
            super(event.message(), null, false, false);
            this.event = event;
        }
    }

    /** Builds nodes from parser tokens; one instance per document. */
    private final class Builder {
        private final String file;
        private final Map<String, Node> anchors = new HashMap<>();
        private int aliases;
        private long nodes;

        Builder(String file) {
            this.file = file;
        }

        SourceLocation location(JsonLocation where) {
            return new SourceLocation(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
        }

        Node read(YAMLParser parser, int depth) throws IOException {
            SourceLocation here = location(parser.currentTokenLocation());
            if (depth > limits.maxDepth()) {
                throw fail(DEPTH, here, "YAML nesting is deeper than " + limits.maxDepth() + " levels.",
                        "flatten the document; a data contract does not nest this deep.");
            }
            checkTag(parser, here);
            if (parser.isCurrentAlias()) {
                return alias(parser.getText(), here);
            }
            String anchor = parser.getObjectId();
            Node node = switch (parser.currentToken()) {
                case START_OBJECT -> readMap(parser, depth, here);
                case START_ARRAY -> readList(parser, depth, here);
                case VALUE_STRING -> new ScalarNode(parser.getText(), parser.getText(), here);
                case VALUE_NUMBER_INT -> new ScalarNode(parser.getBigIntegerValue(), parser.getText(), here);
                case VALUE_NUMBER_FLOAT -> floatScalar(parser, here);
                case VALUE_TRUE -> new ScalarNode(Boolean.TRUE, parser.getText(), here);
                case VALUE_FALSE -> new ScalarNode(Boolean.FALSE, parser.getText(), here);
                case VALUE_NULL -> new ScalarNode(null, "", here);
                default -> throw fail(SYNTAX, here, "Unexpected YAML content: " + parser.currentToken() + ".",
                        "fix the YAML syntax at this position.");
            };
            count(1, here);
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private ScalarNode floatScalar(YAMLParser parser, SourceLocation here) throws IOException {
            String text = parser.getText();
            try {
                BigDecimal value = parser.getDecimalValue();
                return new ScalarNode(value, text, here);
            } catch (NumberFormatException | JsonProcessingException e) {
                // .inf and .nan have no exact decimal form; keep them as text.
                return new ScalarNode(text, text, here);
            }
        }

        private Node alias(String name, SourceLocation here) {
            Node target = anchors.get(name);
            if (target == null) {
                throw fail(ALIAS, here, "Alias '*" + name + "' refers to no anchor defined before it.",
                        "define '&" + name + "' before using '*" + name + "'.");
            }
            aliases++;
            if (aliases > limits.maxAliases()) {
                throw fail(ALIAS, here, "More than " + limits.maxAliases() + " aliases in one file.",
                        "write the values out instead of repeating aliases; this looks like an alias bomb.");
            }
            count(target.size(), here);
            return target;
        }

        private void count(int added, SourceLocation here) {
            nodes += added;
            if (nodes > limits.maxNodes()) {
                throw fail(ALIAS, here, "Document expands to more than " + limits.maxNodes()
                        + " values (aliases included).",
                        "remove the repeated aliases; a data contract has far fewer values. This looks like a YAML bomb.");
            }
        }

        private MapNode readMap(YAMLParser parser, int depth, SourceLocation here) throws IOException {
            Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
            List<MapNode> merges = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                SourceLocation keyLocation = location(parser.currentTokenLocation());
                String key = parser.currentName();
                parser.nextToken();
                Node value = read(parser, depth + 1);
                if (MERGE_KEY.equals(key)) {
                    collectMerge(value, merges, keyLocation);
                    continue;
                }
                MapNode.Entry previous = entries.get(key);
                if (previous != null) {
                    throw fail(DUPLICATE_KEY, keyLocation, "Duplicate key '" + key + "' (first defined at line "
                            + previous.keyLocation().line() + ").",
                            "remove one of the two '" + key + "' keys; YAML keeps only one of them.");
                }
                entries.put(key, new MapNode.Entry(key, keyLocation, value));
            }
            if (token != JsonToken.END_OBJECT) {
                throw fail(SYNTAX, here, "Unterminated mapping.", "fix the YAML syntax.");
            }
            for (MapNode merge : merges) {
                for (MapNode.Entry entry : merge.entries().values()) {
                    entries.putIfAbsent(entry.key(), entry);
                }
            }
            return MapNode.of(entries, here);
        }

        private void collectMerge(Node value, List<MapNode> merges, SourceLocation keyLocation) {
            if (value instanceof MapNode map) {
                merges.add(map);
            } else if (value instanceof ListNode list && list.items().stream().allMatch(MapNode.class::isInstance)) {
                list.items().forEach(item -> merges.add((MapNode) item));
            } else {
                throw fail(SYNTAX, keyLocation, "Merge key '<<' needs a mapping or a list of mappings.",
                        "use '<<: *anchor' where '&anchor' marks a mapping.");
            }
        }

        private ListNode readList(YAMLParser parser, int depth, SourceLocation here) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw fail(SYNTAX, here, "Unterminated list.", "fix the YAML syntax.");
                }
                items.add(read(parser, depth + 1));
            }
            return ListNode.of(items, here);
        }

        private void checkTag(YAMLParser parser, SourceLocation here) throws IOException {
            String tag = parser.getTypeId();
            if (tag == null || tag.isEmpty()) {
                return;
            }
            if (tag.startsWith(CORE_TAG_PREFIX) && CORE_TAGS.contains(tag.substring(CORE_TAG_PREFIX.length()))) {
                return;
            }
            throw fail(TAG, here, "Custom YAML tag '!" + tag.replace(CORE_TAG_PREFIX, "!") + "' is not allowed.",
                    "remove the tag; contracts use plain YAML values only.");
        }

        private LoadException fail(String rule, SourceLocation where, String message, String hint) {
            return new LoadException(ValidationEvent.error(rule, where, message, hint));
        }
    }
}
