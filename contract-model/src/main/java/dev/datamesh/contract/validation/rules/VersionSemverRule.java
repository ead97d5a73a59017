package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports a contract {@code version} that is not semantic versioning: breaking-change checks compare major
 * versions, and artifacts are versioned from it. A missing or non-scalar version is the JSON Schema layer's.
 */
public final class VersionSemverRule implements Rule {

    public static final String ID = "ODCS-VERSION-SEMVER";

    /** The regular expression of semver.org 2.0.0. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern NUMBERS = Pattern.compile("[vV]?(\\d{1,18})(?:\\.(\\d{1,18}))?(?:\\.(\\d{1,18}))?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        Optional<Node> node = contract.node().get("version");
        if (node.isEmpty() || !(node.get() instanceof ScalarNode scalar) || scalar.isNull()) {
            return List.of();
        }
        String version = scalar.asText();
        if (SEMVER.matcher(version).matches()) {
            return List.of();
        }
        return List.of(ValidationEvent.error(ID, scalar, "Version '" + version + "' is not a semantic version.",
                "write 'version:' as MAJOR.MINOR.PATCH, e.g. 'version: " + suggestion(version) + "'."));
    }

    /** The version written as MAJOR.MINOR.PATCH when it is made of one to three numbers, else {@code 1.0.0}. */
    private static String suggestion(String version) {
        Matcher numbers = NUMBERS.matcher(version.strip());
        if (!numbers.matches()) {
            return "1.0.0";
        }
        StringBuilder result = new StringBuilder();
        for (int group = 1; group <= 3; group++) {
            String number = numbers.group(group);
            result.append(group > 1 ? "." : "").append(number == null ? 0 : Long.parseLong(number));
        }
        return result.toString();
    }
}
