package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    @Test
    void fillsBothPlaceholders() {
        assertThat(PromptTemplate.render("A\n{examples}\nQ: {instruction}\nA:", "E", "Why?"))
                .isEqualTo("A\nE\nQ: Why?\nA:");
    }

    @Test
    void doubledBracesBecomeSingleOnesAsInPython() {
        assertThat(PromptTemplate.render("{{x}} {{examples}} {examples} }}{{", "E", "I"))
                .isEqualTo("{x} {examples} E }{");
    }

    @Test
    void insertedTextIsNeverInterpreted() {
        assertThat(PromptTemplate.render("{examples}|{instruction}", "\\frac{1}{2} {instruction} {{", "{examples}"))
                .isEqualTo("\\frac{1}{2} {instruction} {{|{examples}");
    }

    @Test
    void renderLeavesWhatItDoesNotKnowAsWritten() {
        assertThat(PromptTemplate.render("{x} { {instruction} }", "E", "I")).isEqualTo("{x} { I }");
    }

    @Test
    void aPlaceholderMayRepeat() {
        assertThat(PromptTemplate.render("{instruction}{examples}{instruction}", "E", "I")).isEqualTo("IEI");
    }

    @Test
    void fewShotRenderPicksTheExamples() {
        PromptPack.FewShot fewShot = new PromptPack.FewShot("[{examples}] {instruction}", "plain", "conditions",
                List.of(), 10);

        assertThat(fewShot.render(false, "Q")).isEqualTo("[plain] Q");
        assertThat(fewShot.render(true, "Q")).isEqualTo("[conditions] Q");
    }

    @Test
    void aGoodTemplateHasNoProblem() {
        assertThat(PromptTemplate.problem("{{literal}} {examples}\n{instruction}")).isEmpty();
    }

    @Test
    void problemsAreDescribed() {
        assertThat(PromptTemplate.problem("{examples}")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("has no {instruction} placeholder"));
        assertThat(PromptTemplate.problem("{instruction}")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("has no {examples} placeholder"));
        assertThat(PromptTemplate.problem("{examples}{instruction}}")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("has a single \"}\" at character 24"));
        assertThat(PromptTemplate.problem("{examples}{instruction}{")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("has a single \"{\" at character 24"));
        assertThat(PromptTemplate.problem("{examples}{instruction}{0}")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("has the unknown placeholder \"{0}\" at character 24"));
        assertThat(PromptTemplate.problem("{examples!r}{instruction}")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("has the unknown placeholder \"{examples!r}\""));
    }
}
