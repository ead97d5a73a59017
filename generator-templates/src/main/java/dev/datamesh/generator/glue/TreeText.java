package dev.datamesh.generator.glue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Byte-stable text of Jackson trees: JSON with 2-space indentation and {@code "key": value}, block YAML with
 * minimal quoting; keys in insertion order, {@code \n} line endings on every platform, a final newline. All
 * escaping is Jackson's.
 */
public final class TreeText {

    private static final ObjectWriter JSON = json();
    private static final ObjectMapper YAML = yaml();

    private TreeText() {}

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static String json(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serialises", e);
        }
    }

    public static String yaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serialises", e);
        }
    }

    private static ObjectWriter json() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new ObjectMapper().writer(printer);
    }

    private static ObjectMapper yaml() {
        DumperOptions dumper = new DumperOptions();
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(2);
        dumper.setIndentWithIndicator(true);
        dumper.setSplitLines(false);
        dumper.setWidth(Integer.MAX_VALUE);
        dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
        dumper.setExplicitStart(false);
        YAMLFactory factory = YAMLFactory.builder()
                .dumperOptions(dumper)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .stringQuotingChecker(new Yaml11QuotingChecker())
                .build();
        return new YAMLMapper(factory);
    }

    /**
     * Quotes, beyond Jackson's own rules, every plain scalar that a YAML 1.1 reader would not read back as a string:
     * {@code 2010-09-09} is a timestamp there, {@code 0x1F} and {@code 1_000} numbers, {@code on} a boolean.
     */
    private static final class Yaml11QuotingChecker extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || !isYamlString(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !isYamlString(value);
        }

        private static boolean isYamlString(String text) {
            return new Resolver().resolve(NodeId.scalar, text, true).equals(Tag.STR);
        }
    }
}
