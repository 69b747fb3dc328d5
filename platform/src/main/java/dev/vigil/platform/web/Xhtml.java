package dev.vigil.platform.web;

/** Text for the (X)HTML that documents are rendered from: the PDF renderer parses it strictly. */
public final class Xhtml {

    private Xhtml() {
    }

    /** The text with markup characters escaped and control characters (other than line breaks and tabs) dropped. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
