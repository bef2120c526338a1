package org.rstarworkbench.samples.gsmmini;

import java.util.List;

import org.rstarworkbench.samples.gsmmini.Theme.Change;
import org.rstarworkbench.samples.gsmmini.Theme.Ending;
import org.rstarworkbench.samples.gsmmini.Theme.Group;

/**
 * The story settings of GSM-mini, and the people in them. Changing any text here changes every generated problem,
 * the held-out test split included: the split is defined by this text and its seed.
 */
final class Themes {

    /** People as "name:pronoun" pairs; short names keep prompts short. */
    static final List<String> PEOPLE = List.of("Mia:She", "Leo:He", "Ava:She", "Sam:He", "Nora:She", "Omar:He",
            "Lily:She", "Ben:He", "Zoe:She", "Max:He", "Emma:She", "Raj:He", "Ivy:She", "Tom:He", "Ana:She",
            "Eli:He", "Sara:She", "Noah:He", "Maya:She", "Luis:He", "Kim:She", "Jack:He", "Rosa:She", "Finn:He",
            "Lena:She", "Hugo:He", "Amy:She", "Ravi:He", "Ella:She", "Dan:He");

    /** Sentences that state a number the solution does not use. */
    static final List<String> DISTRACTORS = List.of("{F} is {a} years old.", "{F} has {a} {other}.",
            "The temperature is {a} degrees.", "The trip takes {a} minutes.");

    /** Things a distractor may count; never the problem's own. */
    static final List<String> OTHER_THINGS = List.of("cats", "kites", "shells", "coins", "hats", "cousins");

    private static final Ending SHARE = new Ending(Operator.DIVIDED_BY, "{P} shares them equally among {b} friends.",
            "Each friend gets {x} {o}.", "How many {o} does each friend get?");
    private static final Ending PACK = new Ending(Operator.DIVIDED_BY, "{P} packs them into boxes of {b}.",
            "{N} fills {x} boxes.", "How many boxes does {n} fill?");
    private static final Ending SELL = new Ending(Operator.TIMES, "{P} sells each one for {b} dollars.",
            "{N} gets {x} dollars.", "How many dollars does {n} get?");
    private static final Ending SHELVES = new Ending(Operator.DIVIDED_BY, "It puts them on shelves of {b}.",
            "The {o} fill {x} shelves.", "How many shelves do the {o} fill?");
    private static final String HAS_NOW = "{N} has {x} {o}.";
    private static final String HAS_AFTER = "How many {o} does {n} have {after}?";
    private static final String HAS_AT_FIRST = "How many {o} does {n} have at first?";
    private static final List<String> ASK_NOW = List.of("How many {o} does {n} have now?",
            "How many {o} does {n} have in the end?");

    static final List<Theme> ALL = List.of(
            new Theme("orchard", List.of(), List.of("apples", "pears", "plums", "peaches", "lemons"),
                    List.of("{N} picks {a} {o}.", "{N} has {a} {o}."),
                    List.of("{N} picks {a} baskets with {b} {o} in each."),
                    "{N} picks {x} {o}.", "How many {o} does {n} pick?", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} picks {b} more.", "after picking {b} more"),
                            change("{P} buys {b} more {o}.", "after buying {b} more")),
                    List.of(change("{P} eats {b} of them.", "after eating {b}"),
                            change("{P} gives {b} {o} to {F}.", "after giving {b} to {F}")),
                    List.of(bags("bags")), List.of(SHARE, PACK, SELL), ASK_NOW),
            new Theme("bakery", List.of(), List.of("cookies", "muffins", "cupcakes", "rolls", "bagels"),
                    List.of("{N} bakes {a} {o}."),
                    List.of("{N} bakes {a} trays with {b} {o} on each."),
                    "{N} bakes {x} {o}.", "How many {o} does {n} bake?", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} bakes {b} more.", "after baking {b} more"),
                            change("{F} brings {p} {b} {o}.", "after {F} brings {b}")),
                    List.of(change("{P} sells {b} of them.", "after selling {b}"),
                            change("{P} eats {b} {o}.", "after eating {b}")),
                    List.of(new Group("{P} bakes {b} more trays with {c} on each.", "The {b} trays hold {x} {o}.",
                            "How many {o} are on the {b} new trays?", "after baking the trays")),
                    List.of(PACK, SELL, SHARE), ASK_NOW),
            new Theme("library", List.of("The library"),
                    List.of("books", "comics", "magazines", "maps"),
                    List.of("{N} has {a} {o}."),
                    List.of("{N} has {a} shelves with {b} {o} on each."),
                    "{N} has {x} {o}.", HAS_AT_FIRST, HAS_NOW, HAS_AFTER,
                    List.of(change("It gets {b} new {o}.", "after getting {b} new ones"),
                            change("It buys {b} more {o}.", "after buying {b} more")),
                    List.of(change("It lends out {b} {o}.", "after lending out {b}"),
                            change("It gives away {b} old {o}.", "after giving away {b}")),
                    List.of(bags("boxes")), List.of(SHELVES), ASK_NOW),
            new Theme("savings", List.of(), List.of("dollars"),
                    List.of("{N} has {a} dollars.", "{N} saves {a} dollars."),
                    List.of("{N} saves {a} dollars a week for {b} weeks."),
                    "{N} saves {x} dollars.", "How many dollars does {n} save?", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} earns {b} dollars.", "after earning {b}"),
                            change("{F} gives {p} {b} dollars.", "after {F} gives {p} {b}")),
                    List.of(change("{P} spends {b} dollars on a book.", "after buying the book"),
                            change("{P} pays {b} dollars for lunch.", "after paying for lunch")),
                    List.of(new Group("{P} sells {b} drawings for {c} dollars each.",
                            "The drawings earn {x} dollars.", "How many dollars do the {b} drawings earn?",
                            "after selling the drawings")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} spends it all on toys that cost {b} dollars each.",
                                    "{N} buys {x} toys.", "How many toys does {n} buy?"),
                            new Ending(Operator.DIVIDED_BY, "{P} splits it equally among {b} friends.",
                                    "Each friend gets {x} dollars.", "How many dollars does each friend get?")),
                    List.of("How many dollars does {n} have now?")),
            new Theme("eggs", List.of(), List.of("eggs"),
                    List.of("{N} collects {a} eggs."),
                    List.of("{N} has {a} hens that lay {b} eggs each."),
                    "The hens lay {x} eggs.", "How many eggs do the hens lay?", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} collects {b} more eggs.", "after collecting {b} more"),
                            change("{F} brings {p} {b} eggs.", "after {F} brings {b}")),
                    List.of(change("{P} uses {b} eggs for a cake.", "after baking the cake"),
                            change("{P} breaks {b} eggs.", "after breaking {b}")),
                    List.of(new Group("{P} buys {b} cartons with {c} eggs in each.", "The {b} cartons hold {x} eggs.",
                            "How many eggs are in the {b} cartons?", "after buying the cartons")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} packs them into cartons of {b}.",
                            "{N} fills {x} cartons.", "How many cartons does {n} fill?"), SELL),
                    List.of("How many eggs does {n} have now?")),
            new Theme("classroom", List.of(), List.of("pencils", "markers", "crayons", "erasers", "rulers"),
                    List.of("{N} has {a} {o}."),
                    List.of("{N} has {a} packs with {b} {o} in each."),
                    "{N} has {x} {o}.", HAS_AT_FIRST, HAS_NOW, HAS_AFTER,
                    List.of(change("{P} finds {b} more {o}.", "after finding {b} more"),
                            change("{F} gives {p} {b} {o}.", "after {F} gives {p} {b}")),
                    List.of(change("{P} gives {b} {o} to {F}.", "after giving {b} to {F}"),
                            change("{P} loses {b} {o}.", "after losing {b}")),
                    List.of(bags("boxes")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} shares them equally among {b} students.",
                            "Each student gets {x} {o}.", "How many {o} does each student get?")), ASK_NOW),
            new Theme("garden", List.of(), List.of("tulips", "roses", "daisies", "carrots", "onions"),
                    List.of("{N} plants {a} {o}."),
                    List.of("{N} plants {a} rows of {o} with {b} in each row."),
                    "{N} plants {x} {o}.", "How many {o} does {n} plant?", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} plants {b} more.", "after planting {b} more")),
                    List.of(change("Rabbits eat {b} of them.", "after rabbits eat {b}"),
                            change("{P} picks {b} of them.", "after picking {b}")),
                    List.of(new Group("{P} plants {b} more rows with {c} in each.", "The {b} new rows hold {x} {o}.",
                            "How many {o} are in the {b} new rows?", "after planting the new rows")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} ties them into bunches of {b}.",
                            "{N} makes {x} bunches.", "How many bunches does {n} make?"), SELL), ASK_NOW),
            new Theme("bus", List.of("The bus", "The train"), List.of("passengers"),
                    List.of("{N} has {a} passengers."), List.of(), "", "",
                    "{N} has {x} passengers.", "How many passengers are on {n} {after}?",
                    List.of(change("At the next stop, {b} people get on.", "after {b} people get on"),
                            change("Then {b} more passengers get on.", "after {b} more get on")),
                    List.of(change("At one stop, {b} people get off.", "after {b} people get off"),
                            change("Then {b} passengers get off at the park.", "after {b} get off at the park")),
                    List.of(new Group("Then {b} groups of {c} people get on.", "The {b} groups have {x} people.",
                            "How many people are in the {b} groups?", "after the groups get on")),
                    List.of(), List.of("How many passengers are on {n} now?")),
            new Theme("collection", List.of(), List.of("stickers", "marbles", "stamps", "cards", "shells"),
                    List.of("{N} has {a} {o}."),
                    List.of("{N} has {a} albums with {b} {o} in each."),
                    "{N} has {x} {o}.", HAS_AT_FIRST, HAS_NOW, HAS_AFTER,
                    List.of(change("{P} wins {b} {o} in a game.", "after winning {b}"),
                            change("{F} gives {p} {b} {o}.", "after {F} gives {p} {b}")),
                    List.of(change("{P} loses {b} {o}.", "after losing {b}"),
                            change("{P} gives {b} {o} to {F}.", "after giving {b} to {F}")),
                    List.of(new Group("{P} buys {b} packs of {c} {o}.", "The {b} packs hold {x} {o}.",
                            "How many {o} are in the {b} packs?", "after buying the packs")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} puts them in an album with {b} on each page.",
                            "{N} fills {x} pages.", "How many pages does {n} fill?"), SHARE), ASK_NOW),
            new Theme("reading", List.of(), List.of("pages"),
                    List.of("{N} reads {a} pages on Monday."),
                    List.of("{N} reads {a} pages a day for {b} days."),
                    "{N} reads {x} pages.", "How many pages does {n} read in those days?",
                    "{N} reads {x} pages in all.", "How many pages does {n} read {after}?",
                    List.of(change("In the evening, {s} reads {b} more pages.", "after the evening"),
                            change("{P} reads {b} pages on the bus.", "after reading on the bus"),
                            change("On Sunday, {s} reads {b} pages.", "after Sunday")),
                    List.of(), List.of(),
                    List.of(new Ending(Operator.DIVIDED_BY, "Each chapter of the book has {b} pages.",
                            "{N} reads {x} chapters.", "How many chapters does {n} read?")),
                    List.of("How many pages does {n} read in all?")),
            new Theme("running", List.of(), List.of("kilometers", "miles"),
                    List.of("{N} runs {a} {o} in March."),
                    List.of("{N} runs {a} {o} a day for {b} days."),
                    "{N} runs {x} {o}.", "How many {o} does {n} run in those days?",
                    "{N} runs {x} {o} in all.", "How many {o} does {n} run {after}?",
                    List.of(change("In April, {s} runs {b} {o}.", "after April"),
                            change("{P} runs {b} more {o} in a race.", "after the race"),
                            change("On the weekend, {s} runs {b} more {o}.", "after the weekend")),
                    List.of(), List.of(), List.of(), List.of("How many {o} does {n} run in all?")),
            new Theme("aquarium", List.of(), List.of("fish", "snails", "guppies"),
                    List.of("{N} has {a} {o} in a tank."), List.of(), "", "", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} buys {b} more {o}.", "after buying {b} more"),
                            change("{F} gives {p} {b} {o}.", "after {F} gives {p} {b}")),
                    List.of(change("{P} gives {b} {o} to {F}.", "after giving {b} to {F}"),
                            change("{P} moves {b} {o} to a pond.", "after moving {b} to the pond")),
                    List.of(bags("bags")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} puts them equally into {b} tanks.",
                            "Each tank gets {x} {o}.", "How many {o} are in each tank?")), ASK_NOW),
            new Theme("toy shop", List.of("The shop", "The store"), List.of("toy cars", "dolls", "balls", "puzzles"),
                    List.of("{N} has {a} {o}."),
                    List.of("{N} gets {a} crates with {b} {o} in each."),
                    "{N} gets {x} {o}.", "How many {o} does {n} get?", HAS_NOW, HAS_AFTER,
                    List.of(change("It orders {b} more {o}.", "after ordering {b} more"),
                            change("It gets {b} {o} from a factory.", "after getting {b} from the factory")),
                    List.of(change("It sells {b} {o}.", "after selling {b}"),
                            change("It sends {b} {o} back.", "after sending {b} back")),
                    List.of(bags("boxes")),
                    List.of(new Ending(Operator.TIMES, "It sells each of them for {b} dollars.",
                            "{N} gets {x} dollars.", "How many dollars does {n} get?"), SHELVES), ASK_NOW),
            new Theme("water", List.of("The tank", "The pool"), List.of("liters"),
                    List.of("{N} holds {a} liters of water."), List.of(), "", "",
                    "{N} holds {x} liters.", "How many liters does {n} hold {after}?",
                    List.of(change("Rain adds {b} liters.", "after the rain"),
                            change("{F} pours in {b} liters.", "after {F} pours in {b}")),
                    List.of(change("Then {b} liters leak out.", "after {b} liters leak out"),
                            change("{F} uses {b} liters.", "after {F} uses {b}")),
                    List.of(new Group("{F} pours in {b} buckets of {c} liters.", "The {b} buckets hold {x} liters.",
                            "How many liters are in the {b} buckets?", "after the buckets are poured in")),
                    List.of(new Ending(Operator.DIVIDED_BY, "All the water goes into jugs of {b} liters.",
                            "The water fills {x} jugs.", "How many jugs does the water fill?")),
                    List.of("How many liters does {n} hold now?")),
            new Theme("party", List.of(), List.of("candies", "balloons", "lollipops", "party hats"),
                    List.of("{N} has {a} {o} for a party."), List.of(), "", "", HAS_NOW, HAS_AFTER,
                    List.of(change("{P} buys {b} more {o}.", "after buying {b} more"),
                            change("{F} brings {b} {o}.", "after {F} brings {b}")),
                    List.of(change("{P} uses {b} of them.", "after using {b}"),
                            change("{P} gives {b} {o} to {F}.", "after giving {b} to {F}")),
                    List.of(bags("bags")),
                    List.of(new Ending(Operator.DIVIDED_BY, "{P} shares them equally among {b} guests.",
                            "Each guest gets {x} {o}.", "How many {o} does each guest get?")), ASK_NOW));

    private Themes() {
    }

    private static Change change(String sentence, String after) {
        return new Change(sentence, after);
    }

    /** The common group change: "buys {b} bags with {c} {o} in each". */
    private static Group bags(String containers) {
        return new Group("{P} buys {b} " + containers + " with {c} {o} in each.",
                "The {b} " + containers + " hold {x} {o}.", "How many {o} are in the {b} " + containers + "?",
                "after buying the " + containers);
    }
}
