package dev.vigil.review.blameless;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The check measured on a labelled corpus of review sentences, hard cases included. */
class BlamelessCorpusTest {

    static final List<String> PEOPLE = List.of("Carl Commander", "carl", "Dana Reviewer", "dana", "Priya Shah", "priya",
            "Sam Ortiz", "sam", "Will Okafor");

    record Labelled(boolean blameful, String sentence) {
    }

    @Test
    void the_check_finds_at_least_nine_in_ten_blaming_sentences_and_is_right_nine_times_in_ten() throws IOException {
        List<Labelled> corpus = corpus();
        assertThat(corpus.stream().filter(Labelled::blameful)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(corpus.stream().filter(l -> !l.blameful())).hasSizeGreaterThanOrEqualTo(20);

        BlamelessCheck check = BlamelessCheck.standard();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled l : corpus) {
            List<BlamelessFinding> findings = check.check("contributing factors", l.sentence(), PEOPLE);
            boolean flagged = !findings.isEmpty();
            if (flagged && l.blameful()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                wrong.add("false positive " + findings.getFirst().ruleId() + ": " + l.sentence());
            } else if (l.blameful()) {
                falseNegatives++;
                wrong.add("missed: " + l.sentence());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);

        System.out.printf(Locale.ROOT, "Blameless corpus: %d sentences, precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                corpus.size(), precision, truePositives, truePositives + falsePositives, recall, truePositives,
                truePositives + falseNegatives);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(precision).as("precision; wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall; wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
    }

    static List<Labelled> corpus() throws IOException {
        List<Labelled> corpus = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                BlamelessCorpusTest.class.getResourceAsStream("/blameless/corpus.tsv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                corpus.add(new Labelled(switch (columns[0]) {
                    case "BLAMEFUL" -> true;
                    case "BLAMELESS" -> false;
                    default -> throw new IllegalStateException("unknown label in corpus: " + line);
                }, columns[1]));
            }
        }
        return corpus;
    }
}
