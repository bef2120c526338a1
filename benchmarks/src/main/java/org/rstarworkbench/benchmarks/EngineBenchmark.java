package org.rstarworkbench.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;

/**
 * Engine overhead: whole rStar searches against an instant scripted model, reported as searches per second and,
 * through the auxiliary counter, tree nodes per second (DESIGN §8 goal: at least 50,000 nodes/s).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EngineBenchmark {

    static final Problem PROBLEM = new Problem("bench/1", "Ann has 3 apples. Bob gives her 4 more. Then she eats "
            + "2 of them. How many apples does Ann have now?", "5");

    /** Rollouts per search: the paper's 16, and a deep search. */
    @Param({"16", "256"})
    public int rollouts;

    private RStar rstar;

    /** Tree nodes created, reported per second by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Nodes {
        public long nodes;

        @Setup(Level.Iteration)
        public void reset() {
            nodes = 0;
        }
    }

    @Setup
    public void setUp() {
        PromptPack pack = new PromptPack("bench", "benchmark pack", "numeric",
                new PromptPack.FewShot("Examples:\n{examples}\n\nQuestion: {instruction}\nAnswer:", "EX", "EX",
                        List.of("\n\n\n"), 256),
                new PromptPack.FewShot("Examples:\n{examples}\n\nQuestion: {instruction}\n", "EX", "EX",
                        List.of("\n"), 64),
                new PromptPack.Decompose("DECOMPOSE EXAMPLES", "DECOMPOSE EXAMPLES", 5, 64, 128),
                new PromptPack.Rephrase("REPHRASE EXAMPLES", "Condition 1: ", 128));
        rstar = RStar.builder().setModel(new ScriptedModel(Scripts.rstarShaped(5, 4))).setPack(pack)
                .optConfig(SearchConfig.defaults().withRollouts(rollouts).withMaxDepth(rollouts > 16 ? 8 : 5))
                .build();
    }

    @Benchmark
    public SearchResult search(Nodes counter) throws Exception {
        SearchResult result = rstar.search(PROBLEM);
        counter.nodes += result.nodeCount();
        return result;
    }
}
