package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample directory of a forms export shipped with the repository (samples/forms): three
 * fictional agencies, one of them (demo-hill) answered by the options' Thai labels, as a Google or
 * Microsoft form gives them. It scores as the same directory answered by codes, byte for byte; and
 * samples/forms-export, that agency alone as a form exports it (question texts as the header, read
 * through columns.csv), scores as it does in the sample.
 */
class FormsSampleTest {

    static final Path SAMPLE = Path.of("samples/forms");
    static final Edition E = Editions.bundled("ita-2568");

    @TempDir
    Path tmp;

    @Test
    void theSampleHasAnAgencyAnsweredByLabels() throws IOException {
        List<String> hill = Files.readAllLines(SAMPLE.resolve("iit.csv")).stream().filter(l -> l.startsWith("demo-hill,")).toList();
        assertThat(hill).hasSize(6).allSatisfy(l -> assertThat(l).contains(",มากที่สุด,").doesNotContain(",4,"));
        assertThat(Files.readString(SAMPLE.resolve("agencies.csv"))).contains("(ตัวอย่าง)");
    }

    @Test
    void labelsScoreByteForByteAsTheirCodes() throws IOException {
        Path codes = Files.createDirectories(tmp.resolve("codes"));
        for (String f : List.of("iit.csv", "eit.csv")) {
            Files.write(codes.resolve(f), coded(Files.readAllLines(SAMPLE.resolve(f)), f.equals("iit.csv") ? "IIT" : "EIT"));
        }
        Files.write(codes.resolve("oit.csv"), Files.readAllLines(SAMPLE.resolve("oit.csv")).stream()
                .map(l -> l.replace(",ไม่มี,", ",no,").replace(",มี,", ",yes,")).toList());
        Files.copy(SAMPLE.resolve("agencies.csv"), codes.resolve("agencies.csv"));
        assertThat(Files.readString(codes.resolve("iit.csv"))).doesNotContain("มากที่สุด");

        List<String> byLabels = batch(SAMPLE, tmp.resolve("labels.json"));
        List<String> byCodes = batch(codes, tmp.resolve("codes.json"));
        assertThat(byLabels).hasSize(byCodes.size()).anySatisfy(l -> assertThat(l).contains("\"id\":\"demo-hill\""));
        // the first line holds the provenance, with the files' SHA-256: the agencies and the summary follow
        assertThat(byLabels.subList(1, byLabels.size())).isEqualTo(byCodes.subList(1, byCodes.size()));
    }

    @Test
    void aFormsExportWithQuestionTextsAndColumnsCsvScoresAsTheSample() throws IOException {
        Path export = Path.of("samples/forms-export");
        assertThat(Files.readString(export.resolve("iit.csv"))).startsWith("หน่วยงาน,ผู้ตอบ,ท่านเป็นบุคลากรประเภทใด,");
        String hill = batch(SAMPLE, tmp.resolve("sample.json")).stream().filter(l -> l.contains("\"id\":\"demo-hill\"")).findFirst().orElseThrow();
        List<String> exported = batch(export, tmp.resolve("export.json"));
        // an agency's line, but for the comma that separates it from the next
        assertThat(exported.get(1).replaceAll(",$", "")).startsWith("{\"edition\"").isEqualTo(hill.replaceAll(",$", ""));
    }

    private static List<String> batch(Path dir, Path out) throws IOException {
        ItaTest.Run run = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--format", "json", "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    /** @return the lines with every label cell replaced by its option's code */
    private static List<String> coded(List<String> lines, String tool) {
        String[] header = lines.get(0).split(",");
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (int i = 2; i < cells.length; i++) {
                String id = header[i];
                Question q = E.findQuestion(id).or(() -> E.questionOfItem(id)).orElseThrow();
                for (AnswerOption o : q.options()) {
                    if (o.label().th().equals(cells[i])) {
                        cells[i] = o.code();
                    }
                }
            }
            out.add(String.join(",", cells));
        }
        return out;
    }
}
