package org.rstarworkbench.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.Method;
import org.rstarworkbench.discriminator.MethodResult;

/**
 * Runs methods over problems and scores them against the gold answers: several problems at once, the methods of
 * one problem one after the other (so the methods that share a search or a sample set share it), skipping rows
 * already done (resume). The first model failure stops the evaluation; rows already handed to the sink stay.
 *
 * <p>Threading: the sink and the per-problem callback are called from worker threads, one call at a time.
 */
public final class Evaluation {

    /**
     * A method at one budget.
     *
     * @param name   the reported method name
     * @param budget rollouts or samples
     * @param method what solves the problem
     */
    public record Task(String name, int budget, Method method) {
        public Task {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(method, "method");
        }
    }

    private final List<Task> tasks;
    private final AnswerFormat answers;
    private final int parallel;

    public Evaluation(List<Task> tasks, AnswerFormat answers, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("problems in parallel must be at least 1, was " + parallel);
        }
        this.tasks = List.copyOf(tasks);
        this.answers = Objects.requireNonNull(answers, "answers");
        this.parallel = parallel;
    }

    /**
     * Evaluates every problem.
     *
     * @param problems the problems, in order
     * @param done     keys ({@link EvalRow#key()}) of rows that exist already and are skipped
     * @param sink     receives each new row as soon as it exists
     * @param finished called once per problem when all its tasks are done, with its new rows
     * @throws ModelException       the first model failure; the other problems are stopped
     * @throws InterruptedException when interrupted
     */
    public void run(List<Problem> problems, Set<String> done, Consumer<EvalRow> sink,
                    Consumer<List<EvalRow>> finished) throws ModelException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "eval-worker");
            t.setDaemon(true);
            return t;
        });
        Object lock = new Object();
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Problem problem : problems) {
                futures.add(pool.submit(() -> {
                    List<EvalRow> rows;
                    try {
                        rows = solve(problem, done, failed, row -> {
                            synchronized (lock) {
                                sink.accept(row);
                            }
                        });
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    synchronized (lock) {
                        finished.accept(rows);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<EvalRow> solve(Problem problem, Set<String> done, AtomicBoolean failed, Consumer<EvalRow> sink)
            throws ModelException, InterruptedException {
        String gold = problem.gold() == null ? null : answers.extractGold(problem.gold()).orElse(null);
        List<EvalRow> rows = new ArrayList<>();
        for (Task task : tasks) {
            if (failed.get()) {
                return rows; // another problem failed: stop without starting more work
            }
            if (done.contains(EvalRow.key(problem.id(), task.name(), task.budget()))) {
                continue;
            }
            MethodResult result = task.method().solve(problem);
            ComputeUsage u = result.usage();
            boolean correct = gold != null && result.answer() != null && answers.equivalent(result.answer(), gold);
            EvalRow row = new EvalRow(problem.id(), task.name(), task.budget(), result.answer(), gold, correct,
                    u.calls(), u.sequences(), u.totalTokens(), u.modelMillis());
            sink.accept(row);
            rows.add(row);
        }
        return rows;
    }

    private static void await(Future<?> future) throws ModelException, InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelException m) {
                throw m;
            }
            if (cause instanceof InterruptedException i) {
                throw i;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
