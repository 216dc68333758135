package org.sitrep.source.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML element as plain text: each block (paragraph, heading, list item, ...) becomes a paragraph
 * separated by a blank line, a <br> a line break, and runs of spaces one space.
 * The NLP splits sentences at blank lines, so paragraph ends must survive; the walk is iterative, so deeply
 * nested pages cannot overflow the stack.
 */
final class BlockText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
            "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private boolean pendingSpace;

    private BlockText() {
    }

    static String of(Element root) {
        BlockText t = new BlockText();
        NodeTraversor.traverse(t, root);
        t.endBlock();
        return t.text.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br")) {
                lineBreak();
            } else if (BLOCKS.contains(name)) {
                endBlock();
            } else if (CELLS.contains(name)) {
                pendingSpace = true;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (BLOCKS.contains(e.normalName())) {
                endBlock();
            } else if (CELLS.contains(e.normalName())) {
                pendingSpace = true;
            }
        }
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else if (c != '\u00AD' && c != '\u200B' && c != '\uFEFF') {
                if (pendingSpace && block.length() > 0 && block.charAt(block.length() - 1) != '\n') block.append(' ');
                pendingSpace = false;
                block.append(c);
            }
        }
    }

    private void lineBreak() {
        if (block.length() == 0) return;
        if (block.charAt(block.length() - 1) == '\n') {
            endBlock();
        } else {
            block.append('\n');
            pendingSpace = false;
        }
    }

    private void endBlock() {
        String b = block.toString().strip();
        if (!b.isEmpty()) {
            if (text.length() > 0) text.append("\n\n");
            text.append(b);
        }
        block.setLength(0);
        pendingSpace = false;
    }
}
