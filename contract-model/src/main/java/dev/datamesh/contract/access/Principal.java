package dev.datamesh.contract.access;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who Lake Formation grants to: an IAM role ({@code arn:aws:iam::<account>:role/<path/name>}) or a whole AWS account
 * (its 12-digit id), as a {@code DataLakePrincipalIdentifier}.
 *
 * @param identifier the role ARN or the account id, exactly as Lake Formation takes it
 */
public record Principal(String identifier, Kind kind) {

    /** A role of an account, or the account itself. */
    public enum Kind {
        ROLE,
        ACCOUNT
    }

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ROLE_ARN = Pattern.compile(
            "arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:iam::(\\d{12}):role/((?:[\\w+=,.@-]+/){0,32})([\\w+=,.@-]{1,64})");
    private static final Pattern ANY_ARN = Pattern.compile("arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)");

    public Principal {
        Objects.requireNonNull(identifier, "identifier == null");
        Objects.requireNonNull(kind, "kind == null");
    }

    /** The principal a role ARN or account id names; empty for anything else. */
    public static Optional<Principal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (ACCOUNT.matcher(text).matches()) {
            return Optional.of(new Principal(text, Kind.ACCOUNT));
        }
        Matcher arn = ROLE_ARN.matcher(text);
        if (arn.matches() && arn.group(2).length() + arn.group(3).length() <= 512) {
            return Optional.of(new Principal(text, Kind.ROLE));
        }
        return Optional.empty();
    }

    /** Whether the text is meant as an ARN (starts with {@code arn:}), so a failed parse is a malformed ARN. */
    public static boolean looksLikeArn(String text) {
        return text != null && text.startsWith("arn:");
    }

    /** Whether the text is meant as an account id (digits only). */
    public static boolean looksLikeAccount(String text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * What is wrong with a text that {@link #looksLikeArn} but does not {@link #parse}, e.g. {@code the account id
     * '12345' is not 12 digits}.
     */
    public static String arnProblem(String text) {
        Matcher arn = ANY_ARN.matcher(text);
        if (!arn.matches()) {
            return "an ARN has six parts, arn:aws:iam::<account>:role/<name>";
        }
        if (!arn.group(1).startsWith("aws")) {
            return "the partition '" + arn.group(1) + "' is not an AWS partition such as aws";
        }
        if (!arn.group(2).equals("iam")) {
            return "the service is '" + arn.group(2) + "', not iam";
        }
        if (!arn.group(3).isEmpty()) {
            return "IAM ARNs have no region, but this one names '" + arn.group(3) + "'";
        }
        if (!ACCOUNT.matcher(arn.group(4)).matches()) {
            return "the account id '" + arn.group(4) + "' is not 12 digits";
        }
        if (!arn.group(5).startsWith("role/")) {
            return "it names '" + arn.group(5) + "', but only roles (role/<path/name>) are granted";
        }
        return "the role name '" + arn.group(5).substring("role/".length())
                + "' must be 1 to 64 letters, digits or +=,.@_- characters, after an optional path of the same";
    }

    /** The account the principal belongs to: the account itself, or the role's account. */
    public String account() {
        if (kind == Kind.ACCOUNT) {
            return identifier;
        }
        Matcher arn = ROLE_ARN.matcher(identifier);
        if (!arn.matches()) {
            throw new IllegalStateException("not a role ARN: " + identifier);
        }
        return arn.group(1);
    }

    @Override
    public String toString() {
        return identifier;
    }
}
