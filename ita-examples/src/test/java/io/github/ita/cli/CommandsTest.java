package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The commands as {@link Ita} adds them: only the one named when the first argument names one, every one otherwise.
 * What a command shows must not depend on which way it was built.
 */
class CommandsTest {

    @Test
    void eachNameIsTheOneItsCommandGivesItself() {
        for (Map.Entry<String, Class<?>> e : Ita.COMMANDS.entrySet()) {
            assertThat(e.getValue().getAnnotation(CommandLine.Command.class).name()).as(e.getValue().getName()).isEqualTo(e.getKey());
        }
    }

    @Test
    void theRootsHelpListsEveryCommandInOrder() {
        String help = ItaTest.ita("--help").out();
        int at = help.indexOf("Commands:");
        assertThat(at).isPositive();
        int last = at;
        for (String name : Ita.COMMANDS.keySet()) {
            int here = help.indexOf("\n  " + name + " ", last);
            assertThat(here).as(name).isGreaterThan(last);
            last = here;
        }
    }

    @Test
    void aCommandBuiltAloneHasTheHelpItHasAmongAll() {
        for (String name : Ita.COMMANDS.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            ItaTest.Run alone = ItaTest.ita(name, "--help");   // only this command is built
            ItaTest.Run amongAll = ItaTest.ita("help", name);   // every command is built
            assertThat(alone.status()).isZero();
            assertThat(alone.out()).as(name).isNotBlank().isEqualTo(amongAll.out());
        }
    }

    @Test
    void aMistypedOptionOfACommandIsMatchedAgainstThatCommandsOptions() {
        assertThat(ItaTest.ita("editions", "--fromat", "json").err())
                .isEqualTo("ita: editions: unknown option \"--fromat\"; did you mean --format? (see ita editions --help)\n");
    }
}
