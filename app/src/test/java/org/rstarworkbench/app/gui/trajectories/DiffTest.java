package org.rstarworkbench.app.gui.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.trajectories.Diff.Kind;
import org.rstarworkbench.app.gui.trajectories.Diff.Pair;
import org.rstarworkbench.app.gui.trajectories.Diff.Word;

class DiffTest {

    @Test
    void equalListsAreTheSameThroughout() {
        assertThat(Diff.align(List.of("a", "b", "c"), List.of("a", "b", "c"))).containsExactly(
                new Pair(Kind.SAME, 0, 0), new Pair(Kind.SAME, 1, 1), new Pair(Kind.SAME, 2, 2));
    }

    @Test
    void aStepRewrittenInPlaceIsOneChangedRow() {
        assertThat(Diff.align(List.of("a", "b", "c"), List.of("a", "x", "c"))).containsExactly(
                new Pair(Kind.SAME, 0, 0), new Pair(Kind.CHANGED, 1, 1), new Pair(Kind.SAME, 2, 2));
    }

    @Test
    void extraStepsOnEitherSideStayOneSided() {
        assertThat(Diff.align(List.of("a", "c"), List.of("a", "b", "c", "d"))).containsExactly(
                new Pair(Kind.SAME, 0, 0), new Pair(Kind.RIGHT_ONLY, -1, 1), new Pair(Kind.SAME, 1, 2),
                new Pair(Kind.RIGHT_ONLY, -1, 3));
        assertThat(Diff.align(List.of("a", "b", "c"), List.of("c"))).containsExactly(
                new Pair(Kind.LEFT_ONLY, 0, -1), new Pair(Kind.LEFT_ONLY, 1, -1), new Pair(Kind.SAME, 2, 0));
    }

    @Test
    void unevenRunsBetweenCommonStepsPairFirstThenGoOneSided() {
        assertThat(Diff.align(List.of("q", "a1", "a2", "z"), List.of("q", "b1", "z"))).containsExactly(
                new Pair(Kind.SAME, 0, 0), new Pair(Kind.CHANGED, 1, 1), new Pair(Kind.LEFT_ONLY, 2, -1),
                new Pair(Kind.SAME, 3, 2));
    }

    @Test
    void differingItemsPairUpByKind() {
        // a thought inserted before a rewritten answer: the answers pair, the thought stays one-sided
        List<String> left = List.of("T:start", "A:7");
        List<String> right = List.of("T:start", "T:more", "A:8");
        assertThat(Diff.align(left, right, s -> s.substring(0, 1))).containsExactly(new Pair(Kind.SAME, 0, 0),
                new Pair(Kind.RIGHT_ONLY, -1, 1), new Pair(Kind.CHANGED, 1, 2));
        assertThat(Diff.align(List.of("T:x"), List.of("A:y"), s -> s.substring(0, 1))).containsExactly(
                new Pair(Kind.LEFT_ONLY, 0, -1), new Pair(Kind.RIGHT_ONLY, -1, 0));
    }

    @Test
    void emptySidesAreHandled() {
        assertThat(Diff.align(List.of(), List.of())).isEmpty();
        assertThat(Diff.align(List.of("a"), List.of())).containsExactly(new Pair(Kind.LEFT_ONLY, 0, -1));
        assertThat(Diff.align(List.of(), List.of("a", "b"))).containsExactly(new Pair(Kind.RIGHT_ONLY, -1, 0),
                new Pair(Kind.RIGHT_ONLY, -1, 1));
    }

    @Test
    void everyIndexAppearsOnceAndInOrder() {
        List<String> left = List.of("a", "b", "c", "a", "b", "b", "a");
        List<String> right = List.of("c", "b", "a", "b", "a", "c");
        List<Pair> pairs = Diff.align(left, right);
        assertThat(pairs.stream().filter(p -> p.left() >= 0).map(Pair::left)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(pairs.stream().filter(p -> p.right() >= 0).map(Pair::right)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.SAME)).hasSize(4) // the LCS length, e.g. "b a b a"
                .allSatisfy(p -> assertThat(left.get(p.left())).isEqualTo(right.get(p.right())));
    }

    @Test
    void marksTheWordsThatDiffer() {
        Diff.Words w = Diff.words("Ann has 3 apples, so 3 + 4 = 7.", "Ann has  3 pears, so 3 + 5 = 8.");
        assertThat(w.left()).extracting(Word::text).containsExactly("Ann", "has", "3", "apples,", "so", "3", "+",
                "4", "=", "7.");
        assertThat(w.left().stream().filter(Word::changed).map(Word::text)).containsExactly("apples,", "4", "7.");
        assertThat(w.right().stream().filter(Word::changed).map(Word::text)).containsExactly("pears,", "5", "8.");
    }

    @Test
    void wordsOfEqualOrEmptyTexts() {
        assertThat(Diff.words("same words", " same\nwords ").left()).noneMatch(Word::changed);
        Diff.Words oneSided = Diff.words("", "all new");
        assertThat(oneSided.left()).isEmpty();
        assertThat(oneSided.right()).hasSize(2).allMatch(Word::changed);
        assertThat(Diff.words(null, null).left()).isEmpty();
    }

    @Test
    void hugeInputsAreComparedAsWhollyDifferentRatherThanSlowly() {
        List<String> a = Collections.nCopies(3000, "x");
        List<String> b = Collections.nCopies(3000, "x");
        List<Pair> pairs = Diff.align(a, b);
        assertThat(pairs).hasSize(6000).noneMatch(p -> p.kind() == Kind.SAME);
    }
}
