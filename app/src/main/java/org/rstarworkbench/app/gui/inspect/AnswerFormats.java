package org.rstarworkbench.app.gui.inspect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.core.prompt.PromptPacks;

/**
 * The answer format of a run, read from its prompt pack: the inspector groups completions with it. A pack that can no
 * longer be loaded (a folder since moved) falls back to numbers. Loads packs, so it runs on a worker thread; each pack
 * is read once.
 */
final class AnswerFormats {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerFormats.class);
    private static final Map<String, AnswerFormat> BY_PACK = new ConcurrentHashMap<>();

    private AnswerFormats() {
    }

    /** The format of the run whose events these are. */
    static AnswerFormat of(List<? extends SearchEvent> events) {
        String pack = !events.isEmpty() && events.get(0) instanceof RunStarted s ? s.pack() : null;
        return pack == null ? AnswerFormat.NUMERIC : BY_PACK.computeIfAbsent(pack, AnswerFormats::load);
    }

    private static AnswerFormat load(String pack) {
        try {
            return AnswerFormat.named(PromptPacks.resolve(pack).answerFormat());
        } catch (PromptPackException | IllegalArgumentException e) {
            LOG.info("The run's pack {} cannot be loaded ({}); its answers are read as numbers", pack,
                    e.getMessage());
            return AnswerFormat.NUMERIC;
        }
    }
}
