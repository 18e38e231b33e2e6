package io.github.ita.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A large custom edition made up for tests of size: IIT, EIT and OIT with the given number of
 * indicators in all (a third each, OIT the rest), each with the given number of questions (every
 * fifth survey question has two sub-items, every fourth OIT indicator is split into two
 * sub-indicators), plus a matching score sheet, an agency's answers and nothing random that a seed
 * does not fix.
 *
 * @param indicators the number of indicators over the three tools (at least 3)
 * @param questions  the number of questions of each indicator (at least 2)
 * @param seed       the seed of the scores and answers
 */
record BigEdition(int indicators, int questions, long seed) {

    /** The edition's id. */
    static final String ID = "big-test";

    /** @return the number of indicators of tool {@code t} (0 IIT, 1 EIT, 2 OIT) */
    int indicatorsOf(int t) {
        int third = indicators / 3;
        return t < 2 ? third : indicators - 2 * third;
    }

    /** @return the edition as JSON */
    String edition() {
        StringBuilder b = new StringBuilder(indicators * questions * 80 + 4096);
        b.append("{\n\"id\": \"").append(ID).append("\", \"fiscalYear\": 2599,\n")
                .append("\"name\": {\"th\": \"ฉบับทดสอบ\", \"en\": \"A big test edition\"},\n")
                .append("\"source\": \"assumed: made up for tests of size\", \"passMark\": 85, \"presentation\": \"rating\",\n")
                .append("\"ratings\": [{\"rating\": \"AA\", \"min\": 95.00, \"max\": 100.00}, {\"rating\": \"A\", \"min\": 85.00, \"max\": 94.99},\n")
                .append(" {\"rating\": \"B\", \"min\": 75.00, \"max\": 84.99}, {\"rating\": \"C\", \"min\": 65.00, \"max\": 74.99},\n")
                .append(" {\"rating\": \"D\", \"min\": 55.00, \"max\": 64.99}, {\"rating\": \"E\", \"min\": 50.00, \"max\": 54.99},\n")
                .append(" {\"rating\": \"F\", \"min\": 0.00, \"max\": 49.99}],\n")
                .append("\"scales\": {\"level4\": {\"options\": [{\"code\": \"1\", \"th\": \"น้อยที่สุด\", \"en\": \"least\", \"points\": 0},\n")
                .append(" {\"code\": \"2\", \"th\": \"น้อย\", \"en\": \"little\", \"points\": 50}, {\"code\": \"3\", \"th\": \"มาก\", \"en\": \"much\", \"points\": 85},\n")
                .append(" {\"code\": \"4\", \"th\": \"มากที่สุด\", \"en\": \"most\", \"points\": 100}]}},\n\"tools\": [\n");
        String[] ids = {"IIT", "EIT", "OIT"};
        int[] weights = {30, 30, 40};
        int ind = 0;
        for (int t = 0; t < 3; t++) {
            boolean oit = t == 2;
            b.append(t == 0 ? "" : ",\n").append("{\"id\": \"").append(ids[t]).append("\", \"kind\": \"")
                    .append(oit ? "checklist" : "survey").append("\", \"weight\": ").append(weights[t])
                    .append(", \"th\": \"เครื่องมือ ").append(ids[t]).append("\", \"en\": \"Tool ").append(ids[t])
                    .append("\",\n \"indicators\": [\n");
            for (int i = 0; i < indicatorsOf(t); i++) {
                ind++;
                b.append(i == 0 ? "" : ",\n").append("  {\"id\": \"").append(ind).append("\", \"th\": \"ตัวชี้วัด ")
                        .append(ind).append("\", \"en\": \"Indicator ").append(ind).append("\", ");
                if (oit && ind % 4 == 0) {
                    b.append("\"subIndicators\": [");
                    int half = questions / 2;
                    b.append("{\"id\": \"").append(ind).append(".1\", \"th\": \"ย่อย\", \"en\": \"Sub\", \"questions\": [");
                    questions(b, t, ind, 0, half);
                    b.append("]}, {\"id\": \"").append(ind).append(".2\", \"th\": \"ย่อย\", \"en\": \"Sub\", \"questions\": [");
                    questions(b, t, ind, half, questions);
                    b.append("]}]}");
                } else {
                    b.append("\"questions\": [");
                    questions(b, t, ind, 0, questions);
                    b.append("]}");
                }
            }
            b.append("]}");
        }
        return b.append("]\n}\n").toString();
    }

    private void questions(StringBuilder b, int t, int ind, int from, int to) {
        for (int k = from; k < to; k++) {
            String id = questionId(t, ind, k);
            b.append(k == from ? "" : ", ").append("{\"id\": \"").append(id).append("\", \"th\": \"คำถาม ").append(id)
                    .append("\", \"en\": \"Question ").append(id).append('"');
            if (t < 2) {
                b.append(", \"scale\": \"level4\"");
                if (hasItems(ind, k)) {
                    b.append(", \"items\": [{\"id\": \"").append(id).append("a\", \"th\": \"ก\", \"en\": \"a\"}, {\"id\": \"")
                            .append(id).append("b\", \"th\": \"ข\", \"en\": \"b\"}]");
                }
            }
            b.append('}');
        }
    }

    private static String questionId(int t, int ind, int k) {
        return "ieo".charAt(t) + Integer.toString(ind) + "_" + k;
    }

    private static boolean hasItems(int ind, int k) {
        return (ind + k) % 5 == 0;
    }

    /** @return a score sheet of every indicator, with two-decimal scores from 40 to 100 */
    String scores() {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(indicators * 16 + 256);
        b.append("{\"edition\": \"").append(ID).append("\", \"agency\": {\"id\": \"big\", \"name\": \"หน่วยงานทดสอบ\"},\n\"scores\": {");
        for (int ind = 1; ind <= indicators; ind++) {
            int hundredths = 4000 + r.nextInt(6001);
            b.append(ind == 1 ? "" : ",").append(ind % 10 == 0 ? "\n" : "").append('"').append(ind).append("\": ")
                    .append(hundredths / 100).append('.').append(String.format("%02d", hundredths % 100));
        }
        return b.append("}}\n").toString();
    }

    /** @return an agency's answers: three respondents of each survey tool, every OIT item claimed or not */
    String answers() {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(indicators * questions * 40 + 256);
        b.append("{\"edition\": \"").append(ID).append("\", \"agency\": {\"id\": \"big\", \"name\": \"หน่วยงานทดสอบ\"}");
        int ind = 0;
        for (int t = 0; t < 3; t++) {
            int first = ind + 1;
            int last = ind + indicatorsOf(t);
            ind = last;
            if (t < 2) {
                b.append(",\n\"").append(t == 0 ? "iit" : "eit").append("\": [");
                for (int p = 0; p < 3; p++) {
                    b.append(p == 0 ? "" : ",").append("\n{\"respondent\": \"r").append(t).append('-').append(p)
                            .append("\", \"answers\": {");
                    boolean firstAnswer = true;
                    for (int i = first; i <= last; i++) {
                        for (int k = 0; k < questions; k++) {
                            String id = questionId(t, i, k);
                            for (String cell : hasItems(i, k) ? new String[] {id + "a", id + "b"} : new String[] {id}) {
                                b.append(firstAnswer ? "" : ",").append('"').append(cell).append("\": \"")
                                        .append(r.nextInt(10) < 7 ? 4 : 1 + r.nextInt(3)).append('"');
                                firstAnswer = false;
                            }
                        }
                    }
                    b.append("}}");
                }
                b.append(']');
            } else {
                b.append(",\n\"oit\": {");
                for (int i = first; i <= last; i++) {
                    for (int k = 0; k < questions; k++) {
                        b.append(i == first && k == 0 ? "" : ",\n").append('"').append(questionId(t, i, k))
                                .append("\": {\"published\": ").append(r.nextInt(10) < 8).append('}');
                    }
                }
                b.append('}');
            }
        }
        return b.append("\n}\n").toString();
    }

    /**
     * Writes the edition, score sheet and answers into a directory.
     *
     * @param dir the directory
     * @return the files: edition, scores, answers
     * @throws IOException when a file cannot be written
     */
    Path[] write(Path dir) throws IOException {
        String name = "big-" + indicators + "x" + questions;
        return new Path[] {
            Files.writeString(dir.resolve(name + "-edition.json"), edition()),
            Files.writeString(dir.resolve(name + "-scores.json"), scores()),
            Files.writeString(dir.resolve(name + "-answers.json"), answers())};
    }

    /**
     * Writes the files of a big edition, for profiling by hand.
     *
     * @param args directory, indicators, questions per indicator
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Path p : new BigEdition(Integer.parseInt(args[1]), Integer.parseInt(args[2]), 11).write(dir)) {
            System.out.println(p);
        }
    }
}
