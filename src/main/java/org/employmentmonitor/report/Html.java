package org.employmentmonitor.report;

/**
 * A small HTML writer: markup we write ourselves goes in with {@link #raw}, every value that comes
 * from the data goes in with {@link #text} (escaped), so an employer named {@code <script>} stays
 * text. Attribute values are escaped the same way.
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(1 << 16);

  /** Escapes text for an element or a quoted attribute value. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Our own markup, unescaped. Never pass data here. */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text from the data, escaped. */
  public Html text(String s) {
    out.append(esc(s));
    return this;
  }

  /** {@code <tag class="cls">text</tag>} with the text escaped; no class when cls is empty. */
  public Html el(String tag, String cls, String text) {
    open(tag, cls);
    text(text);
    return close(tag);
  }

  public Html open(String tag, String cls) {
    out.append('<').append(tag);
    if (cls != null && !cls.isEmpty()) {
      out.append(" class=\"").append(esc(cls)).append('"');
    }
    out.append('>');
    return this;
  }

  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** A table header row inside {@code <thead>}, repeated on every printed page. */
  public Html head(String... columns) {
    raw("<thead><tr>");
    for (String c : columns) {
      el("th", "", c);
    }
    return raw("</tr></thead>");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
