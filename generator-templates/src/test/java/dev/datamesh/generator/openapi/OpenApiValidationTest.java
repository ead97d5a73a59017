package dev.datamesh.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden spec passes swagger-parser's validation with no message, and (with the hostile-input spec)
 * openapi-spec-validator when python3 has it.
 */
class OpenApiValidationTest {

    static List<Path> specs() throws IOException {
        List<Path> specs = OpenApiGoldenTest.goldenSpecs();
        assertThat(specs).as("golden specs under %s", OpenApiGoldenTest.GOLDEN).isNotEmpty();
        return specs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void swaggerParserReportsNothing(Path spec) throws IOException {
        SwaggerParseResult result = SwaggerParser.parse(Files.readString(spec, StandardCharsets.UTF_8));

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void openapiSpecValidatorAcceptsEveryGoldenAndTheHostileSpec(@TempDir Path temp)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(pythonValidatorAvailable(),
                "python3 with openapi-spec-validator is not installed: skipping the second validator");
        List<String> command = new ArrayList<>(List.of("python3", "-c", """
                import sys
                from openapi_spec_validator import validate
                from openapi_spec_validator.readers import read_from_filename
                failed = 0
                for name in sys.argv[1:]:
                    try:
                        spec, _ = read_from_filename(name)
                        validate(spec)
                    except Exception as e:
                        failed += 1
                        print("INVALID " + name + ": " + str(e))
                print("checked %d, invalid %d" % (len(sys.argv) - 1, failed))
                sys.exit(1 if failed else 0)
                """));
        List<Path> specs = new ArrayList<>(specs());
        Path hostile = temp.resolve("hostile.openapi.yaml");
        Files.writeString(hostile, new OpenApiGenerator().generate(OpenApiHostileInputTest.contract(),
                GeneratorOptions.DEFAULT).get(0).content(), StandardCharsets.UTF_8);
        specs.add(hostile);
        specs.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output.strip()).isEqualTo("checked " + specs.size() + ", invalid 0");
        assertThat(process.exitValue()).isZero();
    }

    private static boolean pythonValidatorAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import openapi_spec_validator")
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            boolean available = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
            if (!available) {
                System.err.println("openapi-spec-validator is not importable by python3: check skipped");
            }
            return available;
        } catch (IOException e) {
            System.err.println("python3 is not on the PATH: openapi-spec-validator check skipped");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
