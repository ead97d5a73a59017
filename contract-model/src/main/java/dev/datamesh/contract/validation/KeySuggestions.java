package dev.datamesh.contract.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known key or value a user most likely meant when writing an unknown one. */
final class KeySuggestions {

    private KeySuggestions() {}

    /**
     * The candidate closest to {@code written}: equal but for case, '_' and '-'; else the one at the smallest edit
     * distance when that distance is small for the word's length; else one the written word is a prefix of.
     */
    static Optional<String> closest(String written, Collection<String> candidates) {
        String normal = normalize(written);
        for (String candidate : candidates) {
            if (normalize(candidate).equals(normal)) {
                return Optional.of(candidate);
            }
        }
        String lower = written.toLowerCase(Locale.ROOT);
        int allowed = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        if (lower.length() >= 4) {
            for (String candidate : candidates) {
                if (candidate.toLowerCase(Locale.ROOT).startsWith(lower)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
