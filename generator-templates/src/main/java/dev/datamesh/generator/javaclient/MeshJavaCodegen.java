package dev.datamesh.generator.javaclient;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * openapi-generator's Java client generator (library {@code native}, Jakarta) with this project's templates: records
 * for the models and one client class with its support classes instead of the stock {@code ApiClient}, per-tag
 * API classes, build files and docs.
 *
 * <p>What the templates need beyond openapi-generator's own data travels as vendor extensions ({@code x-mesh-*}),
 * computed here so that the templates stay free of logic: Java literals and Javadoc text escaped for their place,
 * fully qualified types (the client class imports nothing, so no record name can shadow a JDK type), the path
 * expression of each operation and, for list operations that return a page, what the page-walking methods need.
 */
final class MeshJavaCodegen extends JavaClientCodegen {

    /** The classpath folder of this project's templates. */
    static final String TEMPLATES = "dev/datamesh/generator/javaclient/templates";

    /** Names a record component may not take: its accessor would clash with a method of {@code Object}. */
    private static final Set<String> OBJECT_METHODS = Set.of("clone", "equals", "finalize", "getClass", "hashCode",
            "notify", "notifyAll", "toString", "wait");
    private static final String NEXT_TOKEN = "nextToken";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]*");
    private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Double", "Float", "Boolean",
            "Object", "Byte", "Short", "Character", "Void", "byte", "short", "int", "long", "float", "double",
            "boolean", "char", "void");

    private final String sourcePackage;
    private final String clientName;
    private final boolean awsSigner;

    MeshJavaCodegen(String sourceRoot, String clientPackage, String recordPackage, String clientName,
            JavaClientOptions options) {
        this.sourcePackage = clientPackage;
        this.clientName = clientName;
        this.awsSigner = options.awsSigner();
        setLibrary(NATIVE);
        setOutputDir(sourceRoot);
        setTemplateDir(TEMPLATES);
        additionalProperties.put(CodegenConstants.TEMPLATE_DIR, TEMPLATES);
        additionalProperties.put(CodegenConstants.SOURCE_FOLDER, JavaClientGenerator.JAVA_ROOT);
        additionalProperties.put(CodegenConstants.INVOKER_PACKAGE, clientPackage);
        additionalProperties.put(CodegenConstants.API_PACKAGE, clientPackage);
        additionalProperties.put(CodegenConstants.MODEL_PACKAGE, recordPackage);
        additionalProperties.put(CodegenConstants.MODEL_NAME_PREFIX, options.modelNamePrefix());
        additionalProperties.put(CodegenConstants.MODEL_NAME_SUFFIX, options.modelNameSuffix());
        additionalProperties.put(CodegenConstants.HIDE_GENERATION_TIMESTAMP, true);
        additionalProperties.put(USE_JAKARTA_EE, true);
        additionalProperties.put(OPENAPI_NULLABLE, false);
        additionalProperties.put(CodegenConstants.SERIALIZABLE_MODEL, false);
        additionalProperties.put(USE_BEANVALIDATION, false);
        additionalProperties.put(DATE_LIBRARY, "java8");
        additionalProperties.put("meshClientName", clientName);
        additionalProperties.put("meshPackage", clientPackage);
        additionalProperties.put("meshModelPackage", recordPackage);
        additionalProperties.put("meshAwsSigner", awsSigner);
        if (options.generatedAnnotation()) {
            additionalProperties.put("meshGenerated",
                    "@jakarta.annotation.Generated(\"" + JavaClientGenerator.class.getName() + "\")");
        }
        reservedWords.addAll(OBJECT_METHODS.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public void processOpts() {
        super.processOpts();
        // Only this project's files: no stock ApiClient, per-tag API classes, build files, docs or tests.
        supportingFiles.clear();
        apiTemplateFiles.clear();
        apiTestTemplateFiles.clear();
        apiDocTemplateFiles.clear();
        modelTestTemplateFiles.clear();
        modelDocTemplateFiles.clear();
        modelTemplateFiles.clear();
        modelTemplateFiles.put("model.mustache", ".java");
        // The folder stays empty and the path goes into the file name, so that the generator creates no directory.
        String folder = JavaClientGenerator.JAVA_ROOT + "/" + sourcePackage.replace('.', '/') + "/";
        supportingFiles.add(new SupportingFile("Client.mustache", "", folder + clientName + ".java"));
        for (String support : List.of("ApiException", "Pages", "RetryPolicy", "RequestSigner")) {
            supportingFiles.add(new SupportingFile(support + ".mustache", "", folder + support + ".java"));
        }
        if (awsSigner) {
            supportingFiles.add(new SupportingFile("AwsSigV4Signer.mustache", "", folder + "AwsSigV4Signer.java"));
        }
    }

    /** Prints nothing: the stock method thanks the user on standard output, which would land in their build log. */
    @Override
    public void postProcess() {
        // nothing to do after generation
    }

    @Override
    public ModelsMap postProcessModels(ModelsMap objs) {
        ModelsMap result = super.postProcessModels(objs);
        for (ModelMap modelMap : result.getModels()) {
            CodegenModel model = modelMap.getModel();
            model.vendorExtensions.put("x-mesh-doc", doc(model.unescapedDescription, model.classname + "."));
            Set<String> taken = new HashSet<>();
            for (CodegenProperty property : model.vars) {
                // Names that differ only in case in JSON ("amount", "Amount") become the same Java name.
                String name = property.name;
                for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                    name = property.name + i;
                }
                property.name = name;
                property.vendorExtensions.put("x-mesh-type", qualified(property.dataType, ""));
                property.vendorExtensions.put("x-mesh-json-name", JavaText.literal(property.baseName));
                property.vendorExtensions.put("x-mesh-doc", doc(property.unescapedDescription,
                        "The {@code " + JavaText.doc(property.baseName).replace("}", "&#125;") + "} property."));
            }
        }
        return result;
    }

    @Override
    public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
        CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
        op.vendorExtensions.put("x-mesh-summary", sentence(operation.getSummary(), "Calls " + httpMethod.toUpperCase(
                Locale.ROOT) + " " + path + "."));
        Optional.ofNullable(operation.getDescription()).filter(s -> !s.isBlank())
                .ifPresent(d -> op.vendorExtensions.put("x-mesh-notes", JavaText.doc(d)));
        return op;
    }

    @Override
    public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
        OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
        Map<String, CodegenModel> models = new HashMap<>();
        for (ModelMap modelMap : allModels) {
            models.put(modelMap.getModel().classname, modelMap.getModel());
        }
        OperationMap operations = result.getOperations();
        for (CodegenOperation op : operations.getOperation()) {
            decorate(op, models);
        }
        return result;
    }

    private void decorate(CodegenOperation op, Map<String, CodegenModel> models) {
        List<CodegenParameter> parameters = new ArrayList<>(op.allParams);
        parameters.addAll(op.queryParams);
        parameters.addAll(op.pathParams);
        parameters.addAll(op.requiredParams);
        parameters.addAll(op.optionalParams);
        if (op.bodyParam != null) {
            parameters.add(op.bodyParam);
        }
        for (CodegenParameter parameter : parameters) {
            parameter.vendorExtensions.put("x-mesh-type", qualified(parameter.dataType));
            parameter.vendorExtensions.put("x-mesh-name-literal", JavaText.literal(parameter.baseName));
            parameter.vendorExtensions.put("x-mesh-doc", doc(parameter.unescapedDescription,
                    "The {@code " + JavaText.doc(parameter.baseName).replace("}", "&#125;") + "} parameter."));
        }
        op.vendorExtensions.put("x-mesh-return-type", op.returnType == null ? "void" : qualified(op.returnType));
        op.vendorExtensions.put("x-mesh-path", pathExpression(op));
        op.vendorExtensions.put("x-mesh-idempotent", !Set.of("POST", "PATCH").contains(
                op.httpMethod.toUpperCase(Locale.ROOT)));
        if (op.responses.stream().anyMatch(r -> "404".equals(r.code)) && op.returnType != null) {
            op.vendorExtensions.put("x-mesh-find", "find" + suffix(op.operationId, "get"));
        }
        CodegenModel page = op.returnType == null ? null : models.get(op.returnType);
        Optional<CodegenParameter> token = op.queryParams.stream().filter(p -> NEXT_TOKEN.equals(p.baseName))
                .findFirst();
        if (page != null && token.isPresent()) {
            Optional<CodegenProperty> items = page.vars.stream()
                    .filter(v -> "items".equals(v.baseName) && v.isArray && v.items != null).findFirst();
            Optional<CodegenProperty> next = page.vars.stream()
                    .filter(v -> NEXT_TOKEN.equals(v.baseName) && v.isString).findFirst();
            if (items.isPresent() && next.isPresent()) {
                paged(op, page, items.get(), next.get(), token.get());
            }
        }
    }

    /** The extensions of a list operation whose pages are walked by {@code Pages}. */
    private void paged(CodegenOperation op, CodegenModel page, CodegenProperty items, CodegenProperty next,
            CodegenParameter token) {
        Set<String> names = new HashSet<>();
        op.allParams.forEach(p -> names.add(p.paramName));
        String variable = "pageToken";
        for (int i = 2; names.contains(variable); i++) {
            variable = "pageToken" + i;
        }
        List<String> parameters = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        List<Map<String, String>> docs = new ArrayList<>();
        for (CodegenParameter parameter : op.allParams) {
            if (parameter == token || parameter.paramName.equals(token.paramName)) {
                arguments.add(variable);
                continue;
            }
            parameters.add(qualified(parameter.dataType) + " " + parameter.paramName);
            arguments.add(parameter.paramName);
            docs.add(Map.of("name", parameter.paramName, "doc",
                    (String) parameter.vendorExtensions.get("x-mesh-doc")));
        }
        String pageType = qualified(page.classname);
        op.vendorExtensions.put("x-mesh-paged", true);
        op.vendorExtensions.put("x-mesh-item-type", qualified(items.items.dataType));
        op.vendorExtensions.put("x-mesh-stream", "stream" + suffix(op.operationId, "list"));
        op.vendorExtensions.put("x-mesh-iterate", "iterate" + suffix(op.operationId, "list"));
        op.vendorExtensions.put("x-mesh-stream-parameters", String.join(", ", parameters));
        op.vendorExtensions.put("x-mesh-stream-docs", docs);
        op.vendorExtensions.put("x-mesh-page-call", "(String " + variable + ") -> " + op.operationId + "("
                + String.join(", ", arguments) + "), " + pageType + "::" + items.name + ", " + pageType + "::"
                + next.name);
    }

    /** The Java expression of an operation's path: literals and encoded path parameters. */
    private static String pathExpression(CodegenOperation op) {
        Map<String, String> byName = new HashMap<>();
        op.pathParams.forEach(p -> byName.put(p.baseName, p.paramName));
        StringBuilder out = new StringBuilder();
        Matcher matcher = PATH_PARAMETER.matcher(op.path);
        int last = 0;
        while (matcher.find()) {
            append(out, "\"" + JavaText.literal(op.path.substring(last, matcher.start())) + "\"");
            String parameter = byName.get(matcher.group(1));
            if (parameter == null) {
                throw new IllegalStateException("path parameter {" + matcher.group(1) + "} of " + op.operationId
                        + " is not declared");
            }
            append(out, "pathSegment(" + parameter + ")");
            last = matcher.end();
        }
        append(out, "\"" + JavaText.literal(op.path.substring(last)) + "\"");
        return out.toString();
    }

    private static void append(StringBuilder out, String term) {
        if (term.equals("\"\"")) {
            return;
        }
        if (!out.isEmpty()) {
            out.append(" + ");
        }
        out.append(term);
    }

    /** A type as the client class writes it: records and JDK types fully qualified. */
    private String qualified(String type) {
        return qualified(type, modelPackage + ".");
    }

    /** A type with JDK types fully qualified and {@code recordPrefix} before record names. */
    private String qualified(String type, String recordPrefix) {
        StringBuilder out = new StringBuilder();
        Matcher words = WORD.matcher(type);
        int last = 0;
        while (words.find()) {
            out.append(type, last, words.start());
            String word = words.group();
            if (word.contains(".") || JAVA_LANG.contains(word)) {
                out.append(word);
            } else if (importMapping.containsKey(word) && importMapping.get(word).startsWith("java.")) {
                out.append(importMapping.get(word));
            } else if (Set.of("List", "Map", "Set").contains(word)) {
                out.append("java.util.").append(word);
            } else {
                out.append(recordPrefix).append(word);
            }
            last = words.end();
        }
        return out.append(type.substring(last)).toString();
    }

    private static String suffix(String operationId, String prefix) {
        String rest = operationId.startsWith(prefix) && operationId.length() > prefix.length()
                && Character.isUpperCase(operationId.charAt(prefix.length()))
                ? operationId.substring(prefix.length()) : operationId;
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String sentence(String text, String fallback) {
        String doc = doc(text, fallback);
        return doc.matches(".*[.!?:]$") ? doc : doc + ".";
    }

    private static String doc(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : JavaText.doc(text);
    }
}
