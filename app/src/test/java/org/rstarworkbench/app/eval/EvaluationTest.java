package org.rstarworkbench.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.Method;
import org.rstarworkbench.discriminator.MethodResult;

class EvaluationTest {

    static final List<Problem> PROBLEMS = List.of(new Problem("p0", "Q0?", "#### 10"), new Problem("p1", "Q1?", "11"),
            new Problem("p2", "Q2?", "12.0"), new Problem("p3", "Q3?", null));

    final AtomicInteger calls = new AtomicInteger();

    Method answering(String name, int offset) {
        return new Method() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public MethodResult solve(Problem p) {
                calls.incrementAndGet();
                int n = Integer.parseInt(p.id().substring(1)) + 10 + offset;
                return new MethodResult(name, Integer.toString(n), new ComputeUsage(2, 2, 8, 100, 50, 7));
            }
        };
    }

    @Test
    void scoresEveryMethodOnEveryProblemAgainstTheGold() throws Exception {
        List<EvalRow> rows = new CopyOnWriteArrayList<>();
        List<List<EvalRow>> finished = new ArrayList<>();
        new Evaluation(List.of(new Evaluation.Task("right", 1, answering("right", 0)),
                new Evaluation.Task("wrong", 4, answering("wrong", 1))), AnswerFormat.NUMERIC, 2)
                .run(PROBLEMS, Set.of(), rows::add, finished::add);

        assertThat(rows).hasSize(8);
        assertThat(finished).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(2));
        List<EvalSummary> summary = EvalSummary.of(rows.stream()
                .sorted(java.util.Comparator.comparing(EvalRow::method)).toList());
        assertThat(summary).extracting(EvalSummary::method, EvalSummary::budget, EvalSummary::problems,
                EvalSummary::correct).containsExactly(org.assertj.core.groups.Tuple.tuple("right", 1, 4, 3),
                org.assertj.core.groups.Tuple.tuple("wrong", 4, 4, 0));
        assertThat(summary.get(0).tokens()).isEqualTo(150.0);
        assertThat(summary.get(0).point().tokens()).isEqualTo(600);
    }

    @Test
    void rowsAlreadyDoneAreSkipped() throws Exception {
        List<EvalRow> rows = new CopyOnWriteArrayList<>();
        new Evaluation(List.of(new Evaluation.Task("right", 1, answering("right", 0))), AnswerFormat.NUMERIC, 1)
                .run(PROBLEMS, Set.of(EvalRow.key("p0", "right", 1), EvalRow.key("p2", "right", 1)), rows::add,
                        r -> { });

        assertThat(rows).extracting(EvalRow::problem).containsExactly("p1", "p3");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void theFirstModelFailureStopsTheEvaluationAndKeepsEarlierRows() {
        Method failing = new Method() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public MethodResult solve(Problem p) throws ModelException {
                if (p.id().equals("p2")) {
                    throw new ModelException("server gone");
                }
                return new MethodResult("flaky", "1", ComputeUsage.ZERO);
            }
        };
        List<EvalRow> rows = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> new Evaluation(List.of(new Evaluation.Task("flaky", 1, failing)),
                AnswerFormat.NUMERIC, 1).run(PROBLEMS, Set.of(), rows::add, r -> { }))
                .isInstanceOf(ModelException.class).hasMessage("server gone");
        assertThat(rows).extracting(EvalRow::problem).containsExactly("p0", "p1");
    }
}
