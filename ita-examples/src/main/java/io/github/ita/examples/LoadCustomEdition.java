package io.github.ita.examples;

import io.github.ita.ItaException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a user's own edition file: here a copy of ita-2565 with the OIT weight changed, which
 * validation refuses with the file and the problem named; then the copy as it should be.
 * Pass a path to load your own file instead.
 */
public final class LoadCustomEdition {

    private LoadCustomEdition() {
    }

    /**
     * @param args optionally, the path of an edition file
     * @throws IOException when the temporary files cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            describe(Editions.read(Path.of(args[0])));
            return;
        }
        String text;
        try (InputStream in = Edition.class.getResourceAsStream("ita-2565.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path dir = Files.createTempDirectory("ita-edition");
        Path broken = Files.writeString(dir.resolve("my-edition.json"),
                text.replace("\"id\": \"ita-2565\"", "\"id\": \"my-2565\"").replace("\"weight\": 40", "\"weight\": 50"));
        try {
            Editions.read(broken);
        } catch (ItaException e) {
            System.out.println("refused: " + e.getMessage());
        }
        Path fixed = Files.writeString(dir.resolve("my-edition.json"),
                text.replace("\"id\": \"ita-2565\"", "\"id\": \"my-2565\""));
        describe(Editions.read(fixed));
    }

    private static void describe(Edition e) {
        long questions = e.questions().stream().filter(q -> !q.isChecklistItem()).count();
        long items = e.questions().stream().filter(Question::isChecklistItem).count();
        System.out.println("loaded " + e.id() + ": fiscal year " + e.fiscalYear() + ", " + questions
                + " survey questions, " + items + " OIT items, pass mark " + e.passMark());
    }
}
