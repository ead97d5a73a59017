package dev.datamesh.generator.javaclient;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.Generator;
import org.openapitools.codegen.TemplateManager;
import org.openapitools.codegen.api.TemplatePathLocator;
import org.openapitools.codegen.api.TemplatingEngineAdapter;
import org.openapitools.codegen.templating.CommonTemplateContentLocator;
import org.openapitools.codegen.templating.GeneratorTemplateContentLocator;
import org.openapitools.codegen.templating.TemplateManagerOptions;

/**
 * openapi-generator's {@link DefaultGenerator} that renders the templates as usual but keeps every output in
 * memory, by the path it would have been written to, instead of writing it: the generator stays free of I/O.
 * One instance per run.
 */
final class CapturingGenerator extends DefaultGenerator {

    private final Map<String, byte[]> outputs = new TreeMap<>();

    CapturingGenerator() {
        super(false);
        setGenerateMetadata(false);
    }

    @Override
    public Generator opts(ClientOptInput opts) {
        super.opts(opts);
        // super.opts has given the engine the generator's Mustache compiler settings.
        TemplatingEngineAdapter engine = config.getTemplatingEngine();
        TemplatePathLocator[] locators = {new GeneratorTemplateContentLocator(config),
            new CommonTemplateContentLocator()};
        templateProcessor = new TemplateManager(new TemplateManagerOptions(false, false), engine, locators) {
            @Override
            public File writeToFile(String filename, byte[] contents) {
                outputs.put(filename, contents.clone());
                return new File(filename);
            }
        };
        return this;
    }

    /** What the run produced, by the absolute path it names, sorted. */
    Map<String, byte[]> outputs() {
        return new TreeMap<>(outputs);
    }
}
