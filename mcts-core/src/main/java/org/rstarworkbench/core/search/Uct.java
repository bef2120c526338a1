package org.rstarworkbench.core.search;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.core.tree.SearchNode;

/** Upper confidence bound for trees, as the reference's {@code _compute_uct}. */
public final class Uct {

    /** The score the reference gives a child that was never visited. */
    public static final double UNVISITED = 999;

    private Uct() {
    }

    /** Q/N + weight·sqrt(ln N_parent / N); {@link #UNVISITED} when N = 0. */
    public static double score(double q, int n, int parentN, double weight) {
        if (n == 0) {
            return UNVISITED;
        }
        return q / n + weight * Math.sqrt(Math.log(parentN) / n);
    }

    /** Every child's score, in child order. */
    static List<Selected.UctScore> scores(SearchNode parent, double weight) {
        List<Selected.UctScore> scores = new ArrayList<>(parent.children().size());
        for (SearchNode child : parent.children()) {
            scores.add(new Selected.UctScore(child.id(), child.q(), child.n(),
                    score(child.q(), child.n(), parent.n(), weight)));
        }
        return scores;
    }

    /** The index of the largest score; the first on ties. */
    static int argmax(List<Selected.UctScore> scores) {
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).uct() > scores.get(best).uct()) {
                best = i;
            }
        }
        return best;
    }
}
