package org.rstarworkbench.visualizer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/** Finds nodes: {@code #12} finds node 12; other text, the nodes whose text, sub-answer or answer holds it. */
final class NodeSearch {
    private NodeSearch() {
    }

    static List<Integer> find(TreeSnapshot tree, String text) {
        List<Integer> found = new ArrayList<>();
        if (text.isBlank()) {
            return found;
        }
        String id = text.substring(1);
        if (text.startsWith("#") && id.matches("\\d{1,9}")) {
            int wanted = Integer.parseInt(id);
            if (tree.contains(wanted)) {
                found.add(wanted);
            }
            return found;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < tree.size(); i++) {
            NodeInfo info = tree.info(i);
            if (contains(info.text(), needle) || contains(info.subanswer(), needle)
                    || contains(info.answer(), needle)) {
                found.add(info.id());
            }
        }
        return found;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
