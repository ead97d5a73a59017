package dev.datamesh.generator.lambda;

/** Contract text made safe for generated comments: nothing in it can end the comment or start a tag. */
final class Javadocs {

    private Javadocs() {}

    /**
     * Text for a Javadoc comment: HTML-escaped, '@' and '*&#47;' neutralised, backslashes as entities (so no
     * {@code \u002a}-style escape is read by the compiler), line breaks as {@code \n}.
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '*' -> out.append(i + 1 < normalised.length() && normalised.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '/' -> out.append(i > 0 && normalised.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString().strip();
    }

    /** Text for a one-line {@code //} comment: printable ASCII only, everything else '?'. */
    static String line(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= ' ' && c < 0x7f && c != '\\' ? c : '?');
        }
        return out.toString();
    }
}
