package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;

/**
 * The search settings of the run panel's Advanced part, the ones the command line has beside the everyday ones: as a
 * value, so that it can be saved, compared with the defaults and carried from a stored run's {@link SearchConfig}.
 * Any value is accepted; {@link #problems()} says which cannot be used.
 *
 * @param weightSchedule  how the exploration weight c changes over the rollouts; null when none is chosen
 * @param a1Samples       thoughts proposed per A1
 * @param subquestions    sub-questions proposed per A3
 * @param temperature     the sampling temperature of every request
 * @param topP            the nucleus mass of every request, in (0, 1]
 * @param topK            the tokens kept per step, 0 or less for no limit
 * @param referenceParity whether the reference's quirks are reproduced exactly (docs/parity.md)
 */
public record AdvancedSearch(WeightSchedule weightSchedule, int a1Samples, int subquestions, double temperature,
                             double topP, int topK, boolean referenceParity) {

    /** The command line's defaults, which are the reference's. */
    public static final AdvancedSearch DEFAULTS = of(SearchConfig.defaults());

    /** The advanced part of {@code config}. */
    public static AdvancedSearch of(SearchConfig config) {
        Sampling s = config.sampling() == null ? Sampling.REFERENCE : config.sampling();
        return new AdvancedSearch(config.weightSchedule(), config.a1Samples(), config.subquestions(), s.temperature(),
                s.topP(), s.topK(), config.referenceParity());
    }

    /**
     * {@code base} with these settings. A temperature or top-p that cannot be used leaves {@code base}'s sampling as
     * it is ({@link #problems()} names it); every other value is carried as it is, for {@link
     * SearchConfig#problems()} to check.
     */
    public SearchConfig applyTo(SearchConfig base) {
        SearchConfig c = base.withWeightSchedule(weightSchedule)
                .withSamples(a1Samples, subquestions, base.votes(), base.lastVotes())
                .withReferenceParity(referenceParity);
        return problems().isEmpty() ? c.withSampling(new Sampling(temperature, topP, topK, null)) : c;
    }

    /**
     * What {@link SearchConfig#problems()} cannot see, because a {@link Sampling} cannot hold it: each problem starts
     * with the field's name ({@code temperature}, {@code topP}) and gives the bad value; empty when all can be used.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            problems.add("temperature must be a finite number >= 0 (0 for greedy decoding), was " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            problems.add("topP must be above 0 and at most 1 (1 for no limit), was " + topP);
        }
        return problems;
    }
}
