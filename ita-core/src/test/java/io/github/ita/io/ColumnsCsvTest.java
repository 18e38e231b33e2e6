package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import io.github.ita.UnknownIdException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** columns.csv: a form's header of question texts read as question ids. */
class ColumnsCsvTest {

    @TempDir
    Path tmp;

    /** The directory of {@link FormsDirs} with IIT's and EIT's headers in the questions' Thai texts (sub-items keep their ids). */
    private Path formHeaders(Path dir, boolean withColumnsCsv) throws IOException {
        Map<String, List<List<Object>>> files = FormsDirs.rows((q, o) -> o.code());
        StringBuilder columns = new StringBuilder("header,question\n");
        columns.append("หน่วยงาน,agency\n");
        for (String tool : List.of("iit", "eit")) {
            List<Object> header = new ArrayList<>(files.get(tool).get(0));
            header.set(0, "หน่วยงาน");
            for (int i = 2; i < header.size(); i++) {
                String id = header.get(i).toString();
                var q = FormsDirs.E.findQuestion(id);
                if (q.isPresent()) {
                    String text = q.get().label().th();
                    header.set(i, text);
                    columns.append(FormsDirs.quoted(text)).append(',').append(id).append('\n');
                }
            }
            files.get(tool).set(0, header);
        }
        FormsDirs.writeCsv(dir, files);
        if (withColumnsCsv) {
            Files.writeString(dir.resolve("columns.csv"), columns, StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void aHeaderOfQuestionTextsIsReadThroughColumnsCsv() throws IOException {
        String codes = FormsDirs.results(FormsDirs.writeCsv(tmp.resolve("codes"), FormsDirs.rows((q, o) -> o.code())));
        Path dir = formHeaders(tmp.resolve("texts"), true);
        assertThat(Files.readString(dir.resolve("iit.csv"))).startsWith("หน่วยงาน,respondent,ท่านเป็นบุคลากรประเภทใด,");
        assertThat(FormsDirs.results(dir)).isEqualTo(codes);
    }

    @Test
    void aQuestionTextNotMappedIsRefusedNamingColumnsCsvAsTheFix() throws IOException {
        Path dir = formHeaders(tmp.resolve("unmapped"), false);
        Files.writeString(dir.resolve("iit.csv"), Files.readString(dir.resolve("iit.csv")).replaceFirst("หน่วยงาน", "agency"));
        String i1 = FormsDirs.E.question("i0").label().th();
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(UnknownIdException.class)
                .hasMessage(dir.resolve("iit.csv") + ":1: column " + i1 + ": not a question or sub-item of IIT;"
                        + " a question's text? map it to its id in a columns.csv beside the file");   // the text named once
        // an id mistyped is told as before, without the advice
        Path typo = FormsDirs.writeCsv(tmp.resolve("typo"), FormsDirs.rows((q, o) -> o.code()));
        Files.writeString(typo.resolve("eit.csv"), Files.readString(typo.resolve("eit.csv")).replaceFirst(",e1,", ",e99,"));
        assertThatThrownBy(() -> FormsDirs.results(typo)).isInstanceOf(UnknownIdException.class)
                .hasMessage(typo.resolve("eit.csv") + ":1: column e99: e99 is not a question or sub-item of EIT");
    }

    @Test
    void aColumnsCsvThatLeavesATextOutIsNamed() throws IOException {
        Path dir = formHeaders(tmp.resolve("partial"), true);
        String i3 = FormsDirs.E.question("i3").label().th();
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("columns.csv")));
        lines.removeIf(l -> l.endsWith(",i3"));
        Files.write(dir.resolve("columns.csv"), lines);
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(UnknownIdException.class)
                .hasMessageStartingWith(dir.resolve("iit.csv") + ":1: column " + i3 + ": ")
                .hasMessageEndingWith(": not a question or sub-item of IIT; a question's text? map it to its id in columns.csv");
    }

    @Test
    void aBadLineOfColumnsCsvIsNamedByItsLine() throws IOException {
        Path dir = formHeaders(tmp.resolve("bad"), true);
        Path columns = dir.resolve("columns.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(columns));
        lines.add(2, "ข้อที่ไม่มี,i99");
        Files.write(columns, lines);
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(UnknownIdException.class)
                .hasMessage(columns + ":3: column question: i99 is not agency, respondent, or a question or sub-item of IIT or EIT of ita-2565");
        lines.set(2, "ข้อที่ไม่มี,i27");
        Files.write(columns, lines);
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(UnknownIdException.class)
                .hasMessage(columns + ":3: column question: question i27 is answered by its sub-items i27a, i27b, i27c");
        lines.set(2, lines.get(1));
        Files.write(columns, lines);
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(DuplicateIdException.class)
                .hasMessageStartingWith(columns + ":3: column header: header text หน่วยงาน is mapped twice");
    }
}
