package io.github.ita.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ita.cli.Ita;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The command line and the examples are written as any user of the library would write them: with its API alone, the
 * packages of the parent pom's {@code ita.api.packages}, and no class of an internal package
 * ({@code io.github.ita.internal}, {@code io.github.ita.X.internal}) or of a package not listed there.
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

        noClasses().should().dependOnClassesThat(areOfTheLibraryButNotItsApi())
                .because("the command line and the examples show how the library's API is used; its internals may change")
                .check(classes);
    }

    /** A class of ita-core outside the API packages; the command line's and the examples' own classes are not. */
    static DescribedPredicate<JavaClass> areOfTheLibraryButNotItsApi() {
        String list = System.getProperty("ita.api.packages");
        assertThat(list).as("system property ita.api.packages (set by the parent pom for surefire)").isNotBlank();
        Set<String> api = Set.of(list.split(","));
        assertThat(api).contains("io.github.ita", "io.github.ita.scoring").doesNotContain("io.github.ita.internal");
        return DescribedPredicate.describe("are of the library but not in its API packages", c -> {
            String p = c.getPackageName();
            boolean library = p.equals("io.github.ita") || p.startsWith("io.github.ita.");
            boolean own = p.equals("io.github.ita.cli") || p.startsWith("io.github.ita.cli.")
                    || p.equals("io.github.ita.examples") || p.startsWith("io.github.ita.examples.");
            return library && !own && !api.contains(p);
        });
    }

    /** Uses an internal class of the library, as no example may. */
    static final class UsesAnInternal {
        static final Class<?> TEXT = io.github.ita.internal.Text.class;
    }

    @Test
    void theRuleFindsAnInternalClass() {
        JavaClasses outsider = new ClassFileImporter().importClasses(UsesAnInternal.class);
        assertThat(noClasses().should().dependOnClassesThat(areOfTheLibraryButNotItsApi()).evaluate(outsider)
                .getFailureReport().getDetails()).anyMatch(d -> d.contains("<io.github.ita.internal.Text>"));
    }
}
