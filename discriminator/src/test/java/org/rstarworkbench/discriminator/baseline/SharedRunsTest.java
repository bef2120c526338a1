package org.rstarworkbench.discriminator.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.tree.Problem;

class SharedRunsTest {

    static final Problem P = Problem.ofText("How many?");

    @Test
    void computesOncePerFamilyThenForgets() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        SharedRuns<Integer> runs = new SharedRuns<>(p -> computed.incrementAndGet(), 2, 8);

        assertThat(runs.get(P)).isEqualTo(1);
        assertThat(runs.get(P)).isEqualTo(1);
        assertThat(runs.get(P)).isEqualTo(2);
    }

    @Test
    void aFailedComputationIsTriedAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SharedRuns<Integer> runs = new SharedRuns<>(p -> {
            if (calls.incrementAndGet() == 1) {
                throw new ModelException("server down");
            }
            return calls.get();
        }, 2, 8);

        assertThatThrownBy(() -> runs.get(P)).isInstanceOf(ModelException.class);
        assertThat(runs.get(P)).isEqualTo(2);
    }

    @Test
    void keepsAtMostCapacityProblems() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        SharedRuns<Integer> runs = new SharedRuns<>(p -> computed.incrementAndGet(), 2, 1);

        runs.get(P);
        runs.get(Problem.ofText("Another?"));
        runs.get(P);

        assertThat(computed.get()).isEqualTo(3);
    }
}
