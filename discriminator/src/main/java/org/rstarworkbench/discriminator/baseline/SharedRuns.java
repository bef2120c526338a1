package org.rstarworkbench.discriminator.baseline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.tree.Problem;

/**
 * One computation per problem shared by a family of methods (the samples of self-consistency at several k, the
 * search behind MCTS majority and full rStar): the first method to ask computes it, the others reuse it. An entry
 * is forgotten once every method of the family has read it, and at most {@code capacity} problems are kept.
 *
 * <p>Threading: safe from several threads; a problem is computed once even when its methods ask at the same time.
 * A computation that fails is not kept, so the next method to ask tries again.
 */
final class SharedRuns<T> {

    /** The shared computation. */
    @FunctionalInterface
    interface Computation<T> {
        T compute(Problem problem) throws ModelException, InterruptedException;
    }

    private final Computation<T> computation;
    private final int readers;
    private final Map<Problem, Entry<T>> entries;

    SharedRuns(Computation<T> computation, int readers, int capacity) {
        this.computation = computation;
        this.readers = readers;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Problem, Entry<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The computation's result for {@code problem}, computed on first use. */
    T get(Problem problem) throws ModelException, InterruptedException {
        Entry<T> entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(problem, p -> new Entry<>());
        }
        T value = entry.value(problem, computation);
        synchronized (entries) {
            if (++entry.reads >= readers) {
                entries.remove(problem, entry);
            }
        }
        return value;
    }

    private static final class Entry<T> {
        private T value;
        private boolean done;
        private int reads;

        synchronized T value(Problem problem, Computation<T> computation) throws ModelException,
                InterruptedException {
            if (!done) {
                value = computation.compute(problem);
                done = true;
            }
            return value;
        }
    }
}
