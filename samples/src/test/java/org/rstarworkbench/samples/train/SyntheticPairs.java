package org.rstarworkbench.samples.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/** Small synthetic tasks with a known answer, for training tests. */
final class SyntheticPairs {

    private SyntheticPairs() {
    }

    /** "copy: abca\n" → "abca\n": strings of 3 to 5 letters from a to f. */
    static List<TrainingPair> copy(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingPair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(3);
            for (int j = 0; j < length; j++) {
                word.append((char) ('a' + random.nextInt(6)));
            }
            pairs.add(new TrainingPair("copy", "copy: " + word + "\n", word + "\n"));
        }
        return pairs;
    }

    /** "Q: 3+4\nA:" → " The answer is 7.\n", one-digit operands. */
    static List<TrainingPair> addition(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingPair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(10);
            int b = random.nextInt(10);
            pairs.add(new TrainingPair("add", "Q: " + a + "+" + b + "\nA:", " The answer is " + (a + b) + ".\n"));
        }
        return pairs;
    }
}
