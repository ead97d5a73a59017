package dev.datamesh.generator;

import dev.datamesh.contract.model.Contract;
import java.util.List;

/**
 * One kind of output. A pure function of a validated contract and the options: no I/O, no clock, no environment,
 * no static mutable state; output is byte-stable ({@code \n} line endings, fixed key order, no timestamps).
 */
public interface Generator {

    /** The name used in the plugin's {@code generators} list: {@code glue}, {@code avro}, {@code openapi}, ... */
    String name();

    /** The files for one contract, with paths relative to the generator output directory. */
    List<GeneratedFile> generate(Contract contract, GeneratorOptions options);

    /**
     * The content to write over an existing file of this generator: by default the generated content, replacing the
     * file. A generator whose files hold hand-written regions copies them from {@code existing} into the generated
     * content. Pure, like {@link #generate}.
     *
     * @throws IllegalArgumentException when {@code existing} cannot be merged without losing hand-written code (for
     *     example a damaged region marker); the message says what is wrong and where
     */
    default String mergeWithExisting(GeneratedFile generated, String existing) {
        return generated.content();
    }
}
