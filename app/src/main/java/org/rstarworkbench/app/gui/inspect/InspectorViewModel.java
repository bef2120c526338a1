package org.rstarworkbench.app.gui.inspect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.inspect.NodeDetails;
import org.rstarworkbench.core.answer.AnswerGroup;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.style.KindStyle;

/**
 * The inspector of the selected node: kind, action, depth, Q, N, Q/N and value, the UCT it had at each selection,
 * the exact prompt of the call that created it, every raw completion and the vote groups over them. The details are
 * read from the run's events on a worker thread ({@link NodeDetails}); while one read is under way, further requests
 * are coalesced into the latest.
 *
 * <p>Threading: the FX thread.
 */
public final class InspectorViewModel {

    /** What the inspector shows with no node selected. */
    public static final String NOTHING_SELECTED = "Select a node in the tree to see its details.";

    private final TaskExecutor tasks;
    private final Consumer<UserError> errors;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper depth = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper q = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper n = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meanReward = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper call = new ReadOnlyStringWrapper("");
    private final ObservableList<NodeDetails.SelectionScore> selections = FXCollections.observableArrayList();
    private final ObservableList<CompletionRow> completions = FXCollections.observableArrayList();
    private final ObservableList<String> groups = FXCollections.observableArrayList();

    private Request pending;
    private boolean reading;
    private long generation;

    private record Request(List<SearchEvent> events, int nodeId, long atSeq, long generation) {
    }

    public InspectorViewModel(TaskExecutor tasks, Consumer<UserError> errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Shows node {@code nodeId} as it stood after event {@code atSeq}.
     *
     * @param events the run's events up to the event shown, at least; not changed afterwards
     * @param exists whether the node exists at that event (else a message says so)
     */
    public void show(List<SearchEvent> events, int nodeId, long atSeq, boolean exists) {
        generation++;
        if (!exists) {
            pending = null;
            clear("Node #" + nodeId + " does not exist yet at this point of the timeline; move the timeline "
                    + "forward to see it.");
            return;
        }
        pending = new Request(events, nodeId, atSeq, generation);
        if (!reading) {
            readNext();
        }
    }

    /** Shows nothing, with a message. */
    public void clear(String why) {
        generation++;
        pending = null;
        showing.set(false);
        message.set(why);
        heading.set("");
        prompt.set("");
        text.set("");
        selections.clear();
        completions.clear();
        groups.clear();
    }

    private void readNext() {
        Request r = pending;
        pending = null;
        if (r == null) {
            reading = false;
            return;
        }
        reading = true;
        tasks.submit(() -> NodeDetails.of(r.events(), r.nodeId(), r.atSeq(), AnswerFormats.of(r.events())),
                details -> {
                    if (r.generation() == generation) {
                        apply(details);
                    }
                    readNext();
                },
                failure -> {
                    if (r.generation() == generation) {
                        clear("The details of node #" + r.nodeId() + " could not be read.");
                        errors.accept(UserErrors.of("Reading node #" + r.nodeId(), failure));
                    }
                    readNext();
                });
    }

    private void apply(NodeDetails d) {
        NodeInfo node = d.node();
        showing.set(true);
        message.set("");
        heading.set("#" + node.id() + "  " + KindStyle.of(node.kind()).label());
        kind.set(node.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        action.set(node.action() == null ? "– (the root)" : node.action().label() + " "
                + node.action().name().substring(3).toLowerCase(Locale.ROOT).replace('_', ' '));
        depth.set(Integer.toString(node.depth()));
        q.set(num(d.q()));
        n.set(Integer.toString(d.n()));
        meanReward.set(d.n() == 0 ? "– (never visited)" : num(d.q() / d.n()));
        value.set(Double.isNaN(node.value()) ? "–" : num(node.value()));
        answer.set(node.answer() == null ? "–" : node.answer());
        text.set(node.subanswer() == null ? node.text() : node.text() + "\n\nAnswer: " + node.subanswer());
        prompt.set(d.prompts().isEmpty() ? "(the root is the question itself; no model call made it)"
                : String.join("\n\n──────── next prompt ────────\n\n", d.prompts()));
        call.set(d.call() == null ? "" : "Made by model call " + (d.call().call() + 1) + " (" + d.call().purpose()
                + ", " + d.call().millis() + " ms)");
        selections.setAll(d.selections());
        String[] answers = new String[d.completions().size()];
        for (AnswerGroup g : d.groups()) {
            for (int member : g.members()) {
                if (member < answers.length) {
                    answers[member] = g.answer();
                }
            }
        }
        completions.setAll(IntStream.range(0, answers.length)
                .mapToObj(i -> new CompletionRow(i, answers[i], d.completions().get(i))).toList());
        groups.setAll(d.groups().stream().map(g -> String.format(Locale.ROOT, "%s — %d of %d (%.0f%%)", g.answer(),
                g.size(), d.total(), 100.0 * g.size() / Math.max(1, d.total()))).toList());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Whether a node's details are shown (else {@link #messageProperty()} says why not). */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "#12  A3 sub-question". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty qProperty() {
        return q.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nProperty() {
        return n.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meanRewardProperty() {
        return meanReward.getReadOnlyProperty();
    }

    /** The confidence of the node's majority answer. */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The node's text (and a sub-question's answer). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The exact prompt(s) of the call that created the node. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** Which model call created the node. */
    public ReadOnlyStringProperty callProperty() {
        return call.getReadOnlyProperty();
    }

    /** The node's UCT at every selection that weighed it. */
    public ObservableList<NodeDetails.SelectionScore> selections() {
        return selections;
    }

    public ObservableList<CompletionRow> completions() {
        return completions;
    }

    /** "7 — 28 of 32 (88%)", largest group first as the vote ordered them. */
    public ObservableList<String> groups() {
        return groups;
    }
}
