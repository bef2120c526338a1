package org.rstarworkbench.app.gui.run;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.rstarworkbench.core.tree.Problem;

/**
 * The run panel's Problem section: which set is listed ("Open dataset…" for a JSON or JSONL file, "GSM-mini test" to
 * go back), a line saying what it holds, the picker and the question text. The file is read off the FX thread by
 * {@link ProblemSettings#openDataset}.
 */
public final class ProblemView extends VBox {

    private static final int SNIPPET = 60;

    private final ProblemSettings problem;

    /** @param problem the problem list, the problem picked and the question text */
    public ProblemView(ProblemSettings problem) {
        super(6);
        this.problem = problem;
        ComboBox<Problem> picker = new ComboBox<>(problem.problems());
        picker.setId("problemPicker");
        picker.setPromptText("Problems…");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Problem p) {
                return p == null ? "" : p.id() + " — " + snippet(p.question());
            }

            @Override
            public Problem fromString(String s) {
                return null;
            }
        });
        picker.valueProperty().bindBidirectional(problem.pickedProblemProperty());
        TextArea question = new TextArea();
        question.setId("problemText");
        question.setWrapText(true);
        question.setPrefRowCount(5);
        question.setPromptText("Type a problem, or pick one above");
        question.textProperty().bindBidirectional(problem.questionProperty());
        getChildren().addAll(RunView.title("Problem"), problemSetRow(), problemSetLabel(), picker, question);
    }

    /** "Open dataset…" lists a file's problems; "GSM-mini test" lists the bundled ones again. */
    private Node problemSetRow() {
        Button open = new Button("Open dataset…");
        open.setId("openDataset");
        open.setTooltip(new Tooltip("List the problems of a JSON or JSONL file, e.g. GSM8K's test.jsonl or the "
                + "reference rStar's test_all.json: one object per problem, with a \"problem\" or \"question\" "
                + "field"));
        open.setOnAction(e -> chooseDataset());
        Button gsmMini = new Button("GSM-mini test");
        gsmMini.setId("listGsmMini");
        gsmMini.setTooltip(new Tooltip("List the 300 held-out GSM-mini problems again"));
        gsmMini.setOnAction(e -> problem.listGsmMini());
        gsmMini.disableProperty().bind(Bindings.createBooleanBinding(
                () -> problem.problemSetProperty().get() == null || problem.problemSetProperty().get().isGsmMini(),
                problem.problemSetProperty()));
        return new HBox(6, open, gsmMini);
    }

    /** Which set is listed, with the entries skipped in its tooltip. */
    private Label problemSetLabel() {
        Label listed = new Label("Loading the problems…");
        listed.setId("problemSet");
        listed.getStyleClass().add("hint");
        listed.setTooltip(new Tooltip());
        Consumer<ProblemSet> show = set -> {
            if (set != null) {
                listed.setText(set.description());
                listed.getTooltip().setText(set.isGsmMini() ? "GSM-mini's held-out test split"
                        : set.file() + (set.skipped().isEmpty() ? "" : "\nSkipped:\n" + skippedLines(set.skipped())));
            }
        };
        show.accept(problem.problemSetProperty().get());
        problem.problemSetProperty().addListener((obs, old, set) -> show.accept(set));
        return listed;
    }

    private static String skippedLines(List<String> skipped) {
        int shown = Math.min(skipped.size(), 5);
        String lines = String.join("\n", skipped.subList(0, shown));
        return shown == skipped.size() ? lines : lines + "\n… and " + (skipped.size() - shown) + " more";
    }

    private void chooseDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset (JSON array or JSON lines)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets (*.json, *.jsonl)", "*.json", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            problem.openDataset(file.toPath());
        }
    }

    private static String snippet(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET - 1) + "…";
    }
}
