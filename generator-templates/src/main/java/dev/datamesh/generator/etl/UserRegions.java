package dev.datamesh.generator.etl;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps hand-written code across regenerations: the lines between the {@link #BEGIN} and {@link #END} marker lines
 * of an existing script replace those of the freshly generated one. A pure function of two texts; the build engine
 * reads and writes the files.
 */
public final class UserRegions {

    /** The line (after indentation) that opens the region of hand-written code. */
    public static final String BEGIN = "# --- BEGIN USER TRANSFORMATION (kept on regeneration) ---";
    /** The line (after indentation) that closes it. */
    public static final String END = "# --- END USER TRANSFORMATION ---";

    private UserRegions() {}

    /**
     * The fresh text with the region body of the existing text. Line breaks of the existing text are read as
     * {@code \n}, {@code \r\n} or {@code \r}; the result has {@code \n} only.
     *
     * @throws IllegalArgumentException when the existing text does not hold exactly one {@link #BEGIN} line followed
     *     by one {@link #END} line, since its hand-written code could then not be kept whole
     */
    public static String merge(String freshlyGenerated, String existingFileContent) {
        List<String> fresh = freshlyGenerated.lines().toList();
        int[] freshRegion;
        try {
            freshRegion = region(fresh, "The generated file");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<String> existing = existingFileContent.lines().toList();
        int[] existingRegion = region(existing, "The existing file");
        List<String> merged = new ArrayList<>(fresh.subList(0, freshRegion[0] + 1));
        merged.addAll(existing.subList(existingRegion[0] + 1, existingRegion[1]));
        merged.addAll(fresh.subList(freshRegion[1], fresh.size()));
        return String.join("\n", merged) + "\n";
    }

    /** The line indexes of the two markers; throws when they cannot be trusted. */
    private static int[] region(List<String> lines, String subject) {
        List<Integer> begins = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Integer> damaged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(BEGIN)) {
                begins.add(i);
            } else if (line.equals(END)) {
                ends.add(i);
            } else if (line.startsWith("#") && line.contains("---") && line.contains("USER TRANSFORMATION")) {
                damaged.add(i);
            }
        }
        if (begins.size() == 1 && ends.size() == 1 && begins.get(0) < ends.get(0)) {
            return new int[] {begins.get(0), ends.get(0)};
        }
        StringBuilder why = new StringBuilder();
        if (begins.isEmpty()) {
            why.append("has no line '").append(BEGIN).append("'");
        } else if (begins.size() > 1) {
            why.append("has the line '").append(BEGIN).append("' more than once (lines ").append(numbers(begins))
                    .append(")");
        }
        if (ends.isEmpty()) {
            why.append(why.isEmpty() ? "" : " and ").append("has no line '").append(END).append("'");
        } else if (ends.size() > 1) {
            why.append(why.isEmpty() ? "" : " and ").append("has the line '").append(END)
                    .append("' more than once (lines ").append(numbers(ends)).append(")");
        }
        if (why.isEmpty()) {
            why.append("has the end marker (line ").append(ends.get(0) + 1).append(") before the begin marker (line ")
                    .append(begins.get(0) + 1).append(")");
        }
        if (!damaged.isEmpty()) {
            why.append("; line").append(damaged.size() > 1 ? "s " : " ").append(numbers(damaged))
                    .append(damaged.size() > 1 ? " look" : " looks").append(" like a damaged marker");
        }
        throw new IllegalArgumentException(subject + " " + why
                + ", so its hand-written code between the markers cannot be kept.");
    }

    private static String numbers(List<Integer> indexes) {
        return String.join(", ", indexes.stream().map(i -> String.valueOf(i + 1)).toList());
    }
}
