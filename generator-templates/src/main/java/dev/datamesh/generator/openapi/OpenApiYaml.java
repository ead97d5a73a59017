package dev.datamesh.generator.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.swagger.v3.core.util.ObjectMapperFactory;

/**
 * The YAML writer of the specs: swagger-core's own mapper ({@code io.swagger.v3.core.util.Yaml}'s settings and
 * model serialisers) on a factory that also quotes every string a YAML 1.1 reader could take for a date, a
 * timestamp, a sexagesimal number or null, so that {@code example: "2025-03-14"} stays a string in PyYAML and
 * SnakeYAML too.
 */
final class OpenApiYaml {

    private OpenApiYaml() {}

    static ObjectMapper mapper() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .stringQuotingChecker(new Quoting())
                .build();
        return ObjectMapperFactory.createYaml(factory);
    }

    /** Jackson's quoting rules, plus quotes for plain scalars that start like a number, a date or null. */
    private static final class Quoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || startsLikeNonString(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || startsLikeNonString(value);
        }

        private static boolean startsLikeNonString(String text) {
            return !text.isEmpty() && "0123456789+-.~=<".indexOf(text.charAt(0)) >= 0;
        }
    }
}
