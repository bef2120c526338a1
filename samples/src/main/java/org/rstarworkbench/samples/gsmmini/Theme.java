package org.rstarworkbench.samples.gsmmini;

import java.util.List;

/**
 * One story setting of GSM-mini: who acts, what is counted, and the sentences that change the count. Templates hold
 * placeholders that {@link StoryWriter} fills in:
 * <ul>
 *   <li>{@code {N}} / {@code {n}}: the subject at the start of a sentence / inside one ("The bus" / "the bus");</li>
 *   <li>{@code {P}}, {@code {s}}, {@code {p}}: the subject's pronoun as sentence start, subject and object
 *       ("She", "she", "her");</li>
 *   <li>{@code {F}}: another person; {@code {o}}: the counted things ("apples");</li>
 *   <li>{@code {a}}, {@code {b}}, {@code {c}}: the numbers a sentence states; {@code {x}}: a step's equation;</li>
 *   <li>{@code {after}}: a change's phrase in a sub-question ("after eating 5").</li>
 * </ul>
 *
 * @param name         a short name, for messages
 * @param subjects     fixed subjects ("The bus"), or empty when the subject is a person
 * @param objects      the things counted; one is picked per problem
 * @param starts       opening sentences stating the first count {@code {a}}
 * @param products     opening sentences stating {@code {a}} groups of {@code {b}}; may be empty
 * @param productStep  the step sentence for a product opening
 * @param productAsk   the sub-question for a product opening
 * @param totalStep    the step sentence after a change
 * @param totalAsk     the sub-question after a change, with {@code {after}}
 * @param adds         changes that add {@code {b}}
 * @param subtracts    changes that take away {@code {b}}; may be empty
 * @param groups       changes that add {@code {b}} groups of {@code {c}}; may be empty
 * @param endings      final operations on the count; may be empty
 * @param asks         asking sentences when there is no ending
 */
record Theme(String name, List<String> subjects, List<String> objects, List<String> starts, List<String> products,
             String productStep, String productAsk, String totalStep, String totalAsk, List<Change> adds,
             List<Change> subtracts, List<Group> groups, List<Ending> endings, List<String> asks) {

    /**
     * A sentence that adds or takes away {@code {b}}.
     *
     * @param sentence the story sentence
     * @param after    how a sub-question refers to it
     */
    record Change(String sentence, String after) {
    }

    /**
     * A sentence adding {@code {b}} groups of {@code {c}}: two steps, the group total and the new count.
     *
     * @param sentence the story sentence
     * @param step     the step sentence of the group total
     * @param ask      the sub-question of the group total
     * @param after    how the second sub-question refers to it
     */
    record Group(String sentence, String step, String ask, String after) {
    }

    /**
     * A final operation with {@code {b}} on the count, which also sets the question.
     *
     * @param operator {@link Operator#TIMES} or {@link Operator#DIVIDED_BY}
     * @param sentence the story sentence
     * @param step     the step sentence
     * @param ask      the asking sentence
     */
    record Ending(Operator operator, String sentence, String step, String ask) {
    }

    boolean personal() {
        return subjects.isEmpty();
    }
}
