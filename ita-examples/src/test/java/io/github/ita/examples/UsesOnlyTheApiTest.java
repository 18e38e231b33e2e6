package io.github.ita.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ita.cli.Ita;
import org.junit.jupiter.api.Test;

/**
 * The command line and the examples are written as any user of the library would write them: with its exported
 * API alone, no class of an internal package ({@code io.github.ita.internal}, {@code io.github.ita.X.internal}).
 */
class UsesOnlyTheApiTest {

    @Test
    void theCommandLineAndTheExamplesUseNoInternalPackage() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ita.cli", "io.github.ita.examples");
        // the rule holds vacuously for no classes: the import must have found both packages' compiled classes
        assertThat(classes.size()).isGreaterThan(20);
        assertThat(classes.contain(Ita.class)).isTrue();
        assertThat(classes.contain(ScoreFromAnswers.class)).isTrue();
        assertThat(classes.contain(UsesOnlyTheApiTest.class)).isFalse();

        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.ita..internal..")
                .because("the command line and the examples show how the library's API is used; its internals may change")
                .check(classes);
    }
}
