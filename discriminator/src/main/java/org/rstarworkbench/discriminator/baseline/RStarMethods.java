package org.rstarworkbench.discriminator.baseline;

import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.Method;
import org.rstarworkbench.discriminator.MethodResult;

/**
 * The two methods one rStar search answers: the generator's MCTS majority ("generator @maj" in the paper, the
 * candidates' majority answer, costing the search) and full rStar (the judge's verdict, costing the search and the
 * peer). Both read the same search, run once per problem.
 *
 * <pre>{@code
 * RStar rstar = RStar.builder().setModel(generator).setPack(pack).optJudge(peerDiscriminator).build();
 * List<Method> methods = RStarMethods.shared(rstar);   // mcts-maj, rstar
 * }</pre>
 *
 * <p>Give an {@link RStar} built with a judge; without one, full rStar answers the majority too.
 *
 * <p>Threading: safe from several threads; each search runs on the calling thread with its own controller.
 */
public final class RStarMethods {

    /** The name of the MCTS majority method. */
    public static final String MCTS_MAJORITY = "mcts-maj";
    /** The default name of the full rStar method. */
    public static final String FULL = "rstar";

    private RStarMethods() {
    }

    /** MCTS majority and full rStar (named {@value #FULL}), sharing one search per problem. */
    public static List<Method> shared(RStar rstar, SearchListener... listeners) {
        return shared(rstar, FULL, listeners);
    }

    /**
     * MCTS majority and full rStar, sharing one search per problem.
     *
     * @param rstar     the search, built with the peer discriminator as its judge
     * @param fullName  the full method's name, e.g. {@code rstar-reference-faithful} for a label-consulting judge
     * @param listeners receive every event of every search, on the searching thread
     */
    public static List<Method> shared(RStar rstar, String fullName, SearchListener... listeners) {
        Objects.requireNonNull(rstar, "rstar");
        Objects.requireNonNull(fullName, "fullName");
        SearchListener[] all = listeners.clone();
        SharedRuns<SearchResult> searches = new SharedRuns<>(
                problem -> rstar.search(problem, new RunController(), all), 2, 64);
        return List.of(new FromSearch(MCTS_MAJORITY, false, searches), new FromSearch(fullName, true, searches));
    }

    /** MCTS majority alone: one search per problem, its judge's calls not counted (nor avoided). */
    public static Method majority(RStar rstar, SearchListener... listeners) {
        SearchListener[] all = listeners.clone();
        return new FromSearch(MCTS_MAJORITY, false, new SharedRuns<>(
                problem -> rstar.search(problem, new RunController(), all), 1, 1));
    }

    /** Full rStar alone. */
    public static Method full(RStar rstar, SearchListener... listeners) {
        SearchListener[] all = listeners.clone();
        return new FromSearch(FULL, true, new SharedRuns<>(
                problem -> rstar.search(problem, new RunController(), all), 1, 1));
    }

    private static final class FromSearch implements Method {
        private final String name;
        private final boolean judged;
        private final SharedRuns<SearchResult> searches;

        FromSearch(String name, boolean judged, SharedRuns<SearchResult> searches) {
            this.name = name;
            this.judged = judged;
            this.searches = searches;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public MethodResult solve(Problem problem) throws ModelException, InterruptedException {
            SearchResult result = searches.get(problem);
            return judged
                    ? new MethodResult(name, result.answer(), result.totalUsage())
                    : new MethodResult(name, result.majorityAnswer(), result.usage());
        }
    }
}
