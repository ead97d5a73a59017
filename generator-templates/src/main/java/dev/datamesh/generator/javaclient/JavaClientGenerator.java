package dev.datamesh.generator.javaclient;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.openapi.OpenApiGenerator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.config.GlobalSettings;
import org.openapitools.codegen.templating.MustacheEngineAdapter;

/**
 * Generates a typed Java client per contract from the contract's OpenAPI spec (the {@code openapi} generator's
 * output) through openapi-generator used as a library: generator {@code java}, library {@code native}, Jakarta,
 * with this project's Mustache templates (resources under {@value MeshJavaCodegen#TEMPLATES}).
 *
 * <p>Per contract, in package {@code <javaClient.basePackage>.<product>} ({@code datamesh.client.pos_transactions}
 * for the contract key {@code pos-transactions}; see {@link JavaClientOptions} for the options), under
 * {@code java/}:
 * <ul>
 *   <li>{@code <Product>Client}: one method per operation ({@code listPosTransactions(...)} returns a page,
 *       {@code getPosTransactions(...)} a row and throws {@code ApiException} with status 404 for a missing key),
 *       plus {@code findX(...)} returning an {@code Optional} for get operations and
 *       {@code streamX(...)} / {@code iterateX(...)} that walk every page of a list operation through
 *       {@code nextToken}; timeouts, retries with exponential backoff and full jitter on 429/502/503/504 and
 *       connection failures (idempotent calls only), an optional {@code RequestSigner}, and a Jackson mapper that
 *       reads decimals as {@code BigDecimal} and writes them plain;</li>
 *   <li>{@code ApiException}, {@code Pages}, {@code RetryPolicy}, {@code RequestSigner} and, unless
 *       {@code javaClient.awsSigner=false}, {@code AwsSigV4Signer} (SigV4 for service {@code execute-api} on the AWS
 *       SDK's {@code AwsV4HttpSigner}, an optional dependency of the client);</li>
 *   <li>{@code model/<Schema>}: one record per component schema, with Jackson annotations; decimals are
 *       {@code BigDecimal}, dates {@code LocalDate}, timestamps {@code OffsetDateTime}.</li>
 * </ul>
 * The generated code needs Jackson (databind and the JSR-310 module) and jakarta.annotation-api, nothing else.
 *
 * <p>Generation runs in memory: the spec is written by {@link OpenApiGenerator} and read back with swagger's parser
 * (as openapi-generator reads a spec file), and openapi-generator's output is captured instead of written. Its
 * settings live in a thread-local {@code GlobalSettings}, which is set for the run and reset afterwards.
 */
public final class JavaClientGenerator implements Generator {

    public static final String NAME = "java-client";

    /** Generated paths under this folder are Java sources. */
    static final String JAVA_ROOT = "java";

    private final OpenApiGenerator openApi = new OpenApiGenerator();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
        Objects.requireNonNull(contract, "contract == null");
        Objects.requireNonNull(options, "options == null");
        JavaClientOptions settings = JavaClientOptions.from(options);
        List<GeneratedFile> spec = openApi.generate(contract, options);
        return generate(spec.get(0).content(), ContractKey.of(contract), settings);
    }

    /**
     * The client of one OpenAPI spec.
     *
     * @param specYaml the spec (OpenAPI 3.0)
     * @param contractKey names the package and the client class, as {@link ContractKey} does for a contract
     */
    public List<GeneratedFile> generate(String specYaml, String contractKey, JavaClientOptions settings) {
        OpenAPI spec = parse(specYaml, contractKey);
        String clientPackage = settings.clientPackage(contractKey);
        String recordPackage = settings.recordPackage(contractKey);
        String root = new File(File.separator).getAbsolutePath();
        MeshJavaCodegen codegen = new MeshJavaCodegen(root, clientPackage, recordPackage,
                settings.clientClass(contractKey), settings);
        codegen.setTemplatingEngine(new MustacheEngineAdapter());
        codegen.additionalProperties().put("meshTitle", JavaText.doc(title(spec, contractKey)));
        codegen.additionalProperties().put("meshVersion", JavaText.doc(spec.getInfo() == null
                || spec.getInfo().getVersion() == null ? "" : spec.getInfo().getVersion()));
        baseUri(spec).ifPresent(uri -> codegen.additionalProperties().put("meshBaseUri", JavaText.literal(uri)));
        Map<String, byte[]> outputs;
        GlobalSettings.reset();
        try {
            GlobalSettings.setProperty(CodegenConstants.APIS, "");
            GlobalSettings.setProperty(CodegenConstants.MODELS, "");
            GlobalSettings.setProperty(CodegenConstants.SUPPORTING_FILES, "");
            GlobalSettings.setProperty(CodegenConstants.API_TESTS, "false");
            GlobalSettings.setProperty(CodegenConstants.MODEL_TESTS, "false");
            GlobalSettings.setProperty(CodegenConstants.API_DOCS, "false");
            GlobalSettings.setProperty(CodegenConstants.MODEL_DOCS, "false");
            CapturingGenerator generator = new CapturingGenerator();
            generator.opts(new ClientOptInput().openAPI(spec).config(codegen));
            generator.generate();
            outputs = generator.outputs();
        } finally {
            GlobalSettings.reset();
        }
        List<GeneratedFile> files = new ArrayList<>();
        String prefix = root.endsWith(File.separator) ? root : root + File.separator;
        for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
            String path = output.getKey();
            if (!path.startsWith(prefix)) {
                throw new IllegalStateException("openapi-generator wrote outside its output folder: " + path);
            }
            String relative = path.substring(prefix.length()).replace(File.separatorChar, '/');
            if (!relative.startsWith(JAVA_ROOT + "/") || !relative.endsWith(".java")) {
                throw new IllegalStateException("unexpected openapi-generator output: " + relative);
            }
            String text = new String(output.getValue(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            files.add(new GeneratedFile(relative, text));
        }
        return List.copyOf(files);
    }

    private static String title(OpenAPI spec, String contractKey) {
        return spec.getInfo() != null && spec.getInfo().getTitle() != null && !spec.getInfo().getTitle().isBlank()
                ? spec.getInfo().getTitle() : contractKey;
    }

    /** The first server URL when it is an absolute http(s) URL; a relative one is the deployment's business. */
    private static Optional<String> baseUri(OpenAPI spec) {
        if (spec.getServers() == null || spec.getServers().isEmpty() || spec.getServers().get(0).getUrl() == null) {
            return Optional.empty();
        }
        String url = spec.getServers().get(0).getUrl();
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null && uri.getRawQuery() == null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static OpenAPI parse(String specYaml, String contractKey) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveResponses(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(specYaml, null, options);
        if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalStateException("the OpenAPI spec of " + contractKey + " does not parse: "
                    + result.getMessages());
        }
        return result.getOpenAPI();
    }
}
