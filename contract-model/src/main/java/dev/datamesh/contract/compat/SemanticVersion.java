package dev.datamesh.contract.compat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Semantic Versioning 2.0.0 version: {@code MAJOR.MINOR.PATCH[-PRE.RELEASE][+BUILD]}.
 *
 * <p>Ordering follows the specification's precedence: numeric parts numerically, a pre-release below its release,
 * pre-release identifiers one by one (numeric ones numerically and below alphanumeric ones, a shorter list below a
 * longer one with the same start), build metadata ignored. So {@code compareTo} is inconsistent with
 * {@code equals} for versions that differ only in build metadata.
 *
 * @param preRelease the dot-separated pre-release identifiers, empty for a release
 * @param build the build metadata without the {@code +}, or empty
 */
public record SemanticVersion(long major, long minor, long patch, List<String> preRelease, String build)
        implements Comparable<SemanticVersion> {

    private static final String NUMBER = "(0|[1-9]\\d{0,17})";
    private static final String IDENTIFIER = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
    private static final Pattern SEMVER = Pattern.compile(NUMBER + "\\." + NUMBER + "\\." + NUMBER
            + "(?:-(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
        preRelease = List.copyOf(preRelease);
        Objects.requireNonNull(build, "build == null");
    }

    public static SemanticVersion of(long major, long minor, long patch) {
        return new SemanticVersion(major, minor, patch, List.of(), "");
    }

    /** Parses a version as written in a contract; empty when it is not a semantic version. */
    public static Optional<SemanticVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SEMVER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
        return Optional.of(new SemanticVersion(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), pre, m.group(5) == null ? "" : m.group(5)));
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** The release this version is, or is a pre-release of: {@code 2.0.0} for {@code 2.0.0-rc.1+b7}. */
    public SemanticVersion release() {
        return of(major, minor, patch);
    }

    /** The next major version; a pre-release of a major version ({@code 2.0.0-rc.1}) releases as that version. */
    public SemanticVersion nextMajor() {
        if (isPreRelease() && minor == 0 && patch == 0) {
            return release();
        }
        return of(major + 1, 0, 0);
    }

    /** The next minor version; a pre-release of a minor version ({@code 1.3.0-rc.1}) releases as that version. */
    public SemanticVersion nextMinor() {
        if (isPreRelease() && patch == 0) {
            return release();
        }
        return of(major, minor + 1, 0);
    }

    /** The next patch version; a pre-release releases as its own version. */
    public SemanticVersion nextPatch() {
        if (isPreRelease()) {
            return release();
        }
        return of(major, minor, patch + 1);
    }

    /**
     * Whether this version may follow a baseline that requires {@code required}: it is not lower, or it is a
     * pre-release of exactly that version ({@code 2.0.0-rc.1} satisfies {@code 2.0.0}).
     */
    public boolean satisfies(SemanticVersion required) {
        return compareTo(required) >= 0 || (isPreRelease() && release().compareTo(required.release()) == 0);
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Long.compare(major, other.major);
        if (c == 0) {
            c = Long.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, other.patch);
        }
        if (c != 0) {
            return c;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            // A release ranks above any of its pre-releases.
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            c = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifiers(String a, String b) {
        boolean numericA = DIGITS.matcher(a).matches();
        boolean numericB = DIGITS.matcher(b).matches();
        if (numericA && numericB) {
            // No leading zeros (the grammar forbids them), so longer means larger; this also avoids overflow.
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** The version as written by the specification: {@code 2.0.0-rc.1+b7}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) {
            text.append('-').append(String.join(".", preRelease));
        }
        if (!build.isEmpty()) {
            text.append('+').append(build);
        }
        return text.toString();
    }
}
