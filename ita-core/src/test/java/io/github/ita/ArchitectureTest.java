package io.github.ita;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.github.ita.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the library, checked on its compiled classes (not the tests).
 *
 * <p>Layers, each using only those before it: edition ← response ← scoring ← analysis ← measures ← io ← report.
 * {@code io.github.ita} (the exceptions, {@link Location}) and {@code io.github.ita.internal} (Text, Numbers, Ids,
 * Json, ThaiDigits) are the base every layer may use, and use no layer. report uses io (only for
 * {@code io.Provenance}, the footer of a report); io uses no report. A package {@code io.github.ita.X.internal}
 * is an engine of layer X and is used only from within {@code io.github.ita.X}: {@code io.github.ita.io.internal}
 * (the CSV reading pipeline) only from io, {@code io.github.ita.analysis.internal} only from analysis. The API
 * packages are listed once, in the parent pom's {@code ita.api.packages} (a system property of the tests): every
 * package of the library but the internal ones. The API that users see (the public and protected members of public
 * classes of those packages) names no type of Jackson, of Commons Math or of an internal package, so that none can
 * change under a user.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.ita";

    /** The packages meant for users, from the parent pom's {@code ita.api.packages}. */
    static Set<String> apiPackages() {
        String list = System.getProperty("ita.api.packages");
        assertThat(list).as("system property ita.api.packages (set by the pom for surefire and failsafe)").isNotBlank();
        return Set.of(list.split(","));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importTheLibrary() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void importsTheWholeLibrary() {
        // the rules below hold vacuously for no classes: the import must find the library on the class path
        assertThat(classes.size()).isGreaterThan(80);
        assertThat(classes.contain(Scorer.class)).isTrue();
        assertThat(classes.contain(ItaException.class)).isTrue();
        assertThat(classes.contain("io.github.ita.internal.Text")).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).as("tests are not part of the library").isFalse();
        assertThat(classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
                .contains(ROOT, ROOT + ".edition", ROOT + ".response", ROOT + ".scoring", ROOT + ".analysis",
                        ROOT + ".measures", ROOT + ".io", ROOT + ".report", ROOT + ".internal",
                        ROOT + ".io.internal", ROOT + ".analysis.internal");
    }

    @Test
    void theApiPackagesAreEveryPackageButTheInternalOnes() {
        Set<String> notInternal = classes.stream().map(JavaClass::getPackageName)
                .filter(p -> !INTERNAL.matcher(p).matches()).collect(Collectors.toSet());
        assertThat(apiPackages()).hasSize(8).contains(ROOT, ROOT + ".scoring", ROOT + ".report")
                .doesNotContain(ROOT + ".internal", ROOT + ".io.internal")
                // a new package is either listed in ita.api.packages (and documented) or an X.internal one
                .isEqualTo(notInternal);
    }

    @Test
    void layersUseOnlyTheLayersBeneathThem() {
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..")
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Base").definedBy(ROOT, ROOT + ".internal..")
                .layer("Edition").definedBy(ROOT + ".edition..")
                .layer("Response").definedBy(ROOT + ".response..")
                .layer("Scoring").definedBy(ROOT + ".scoring..")
                .layer("Analysis").definedBy(ROOT + ".analysis..")
                .layer("Measures").definedBy(ROOT + ".measures..")
                .layer("Io").definedBy(ROOT + ".io..")
                .layer("Report").definedBy(ROOT + ".report..")
                .whereLayer("Report").mayNotBeAccessedByAnyLayer()
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Report")
                .whereLayer("Measures").mayOnlyBeAccessedByLayers("Io", "Report")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Measures", "Io", "Report")
                .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Analysis", "Measures", "Io", "Report")
                .whereLayer("Response").mayOnlyBeAccessedByLayers("Scoring", "Analysis", "Measures", "Io", "Report")
                .whereLayer("Edition").mayOnlyBeAccessedByLayers("Response", "Scoring", "Analysis", "Measures", "Io", "Report")
                .whereLayer("Base").mayOnlyAccessLayers("Base")
                .because("edition <- response <- scoring <- analysis <- measures <- io <- report, on the base io.github.ita(.internal)");
        // a class in a package outside every layer (a new package not placed yet) fails too
        layers.check(classes);
    }

    @Test
    void anInternalPackageIsUsedOnlyByItsOwnLayer() {
        ArchRuleDefinition.classes().should(useInternalsOfTheirOwnLayerOnly())
                .because("io.github.ita.X.internal is an engine of X, not an API of it")
                .check(classes);
    }

    /** Uses the engines of io and of analysis from outside them, as no class of the library may. */
    static final class UsesOtherLayersEngines {
        static final List<Class<?>> ENGINES = List.of(io.github.ita.io.internal.BatchReading.class,
                io.github.ita.analysis.internal.ToolRespondentIds.class, io.github.ita.internal.Text.class);
    }

    @Test
    void theInternalRuleCoversTheEnginesOfIoAndAnalysis() {
        // the rule above passes on the library: it must be one that fails on a class that uses io.internal or
        // analysis.internal from elsewhere (here io.github.ita), while io.github.ita.internal, the base's, is allowed
        JavaClasses outsider = new ClassFileImporter().importClasses(UsesOtherLayersEngines.class);
        EvaluationResult result = ArchRuleDefinition.classes().should(useInternalsOfTheirOwnLayerOnly()).evaluate(outsider);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("<io.github.ita.io.internal.BatchReading>")
                        && d.endsWith("but io.github.ita.io.internal is internal to io.github.ita.io"))
                .anyMatch(d -> d.contains("<io.github.ita.analysis.internal.ToolRespondentIds>")
                        && d.endsWith("but io.github.ita.analysis.internal is internal to io.github.ita.analysis"))
                .noneMatch(d -> d.contains("io.github.ita.internal.Text"))
                .hasSize(2);
    }

    @Test
    void packagesHaveNoCycles() {
        // a layer and its own internal package form one slice; so do io.github.ita and io.github.ita.internal, the base,
        // whose exceptions use Text and whose Json throws the exceptions
        slices().assignedFrom(LAYER_SLICES).should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePublicApiNamesNoDependencysTypeAndNoInternalType() {
        ArchRuleDefinition.classes().that(areVisibleFromOutside(apiPackages()))
                .should(nameInTheirApiNoTypeThat(isADependencysOrInternal()))
                .because("a user's code must not depend on Jackson, Commons Math or the library's internals through its API")
                .check(classes);
    }

    /** A public API that returns a Jackson node, a Commons Math distribution and an internal type. */
    public static final class LeaksItsDependencies {
        /** @return a Jackson type */
        public com.fasterxml.jackson.databind.JsonNode node() {
            return null;
        }

        /** @param t a Commons Math type */
        public void use(org.apache.commons.math3.distribution.TDistribution t) {
        }

        /** @return an internal type */
        public java.util.List<io.github.ita.internal.Text> texts() {
            return null;
        }
    }

    @Test
    void theApiRuleFindsJacksonCommonsMathAndInternalTypes() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeaksItsDependencies.class);
        EvaluationResult result = ArchRuleDefinition.classes().should(nameInTheirApiNoTypeThat(isADependencysOrInternal()))
                .evaluate(leaky);
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.endsWith("node() names com.fasterxml.jackson.databind.JsonNode"))
                .anyMatch(d -> d.endsWith("names org.apache.commons.math3.distribution.TDistribution"))
                .anyMatch(d -> d.endsWith("texts() names io.github.ita.internal.Text"))
                .hasSize(3);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Package {@code P.internal} or below it: group 1 is P, the package that owns the internal one. */
    private static final Pattern INTERNAL = Pattern.compile("(.*)\\.internal(\\..*)?");

    static ArchCondition<JavaClass> useInternalsOfTheirOwnLayerOnly() {
        return new ArchCondition<>("use an internal package only from the package that owns it (or below it)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    Matcher m = INTERNAL.matcher(d.getTargetClass().getPackageName());
                    if (!m.matches() || !m.group(1).startsWith(ROOT)) {
                        continue;
                    }
                    String owner = m.group(1);
                    String from = c.getPackageName();
                    if (!from.equals(owner) && !from.startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                + ", but " + d.getTargetClass().getPackageName() + " is internal to " + owner));
                    }
                }
            }
        };
    }

    /** io.github.ita.X and its subpackages are the slice X; io.github.ita and io.github.ita.internal are the slice base. */
    private static final SliceAssignment LAYER_SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals(ROOT) || p.equals(ROOT + ".internal") || p.startsWith(ROOT + ".internal.")) {
                return SliceIdentifier.of("base");
            }
            if (p.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(p.substring(ROOT.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the layers of io.github.ita";
        }
    };

    private static DescribedPredicate<JavaClass> areVisibleFromOutside(Set<String> apiPackages) {
        return DescribedPredicate.describe("are visible to users of the API",
                c -> apiPackages.contains(c.getPackageName()) && visible(c));
    }

    private static boolean visible(JavaClass c) {
        if (c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        boolean own = c.getModifiers().contains(JavaModifier.PUBLIC)
                || c.isNestedClass() && c.getModifiers().contains(JavaModifier.PROTECTED);
        return own && c.getEnclosingClass().map(ArchitectureTest::visible).orElse(true);
    }

    private static DescribedPredicate<JavaClass> isADependencysOrInternal() {
        return DescribedPredicate.describe("is a type of Jackson or Commons Math or in an internal package",
                t -> t.getPackageName().startsWith("com.fasterxml.") || t.getPackageName().startsWith("org.apache.commons.math3")
                        || INTERNAL.matcher(t.getPackageName()).matches());
    }

    static ArchCondition<JavaClass> nameInTheirApiNoTypeThat(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("name in their public or protected signatures no type that " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<Object[]> seen = new ArrayList<>();   // {where, type}
                c.getSuperclass().ifPresent(t -> seen.add(new Object[] {"superclass", t}));
                c.getInterfaces().forEach(t -> seen.add(new Object[] {"interface", t}));
                c.getTypeParameters().forEach(t -> seen.add(new Object[] {"type parameter", t}));
                for (JavaMember m : c.getMembers()) {
                    if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (m instanceof JavaField f) {
                        seen.add(new Object[] {f.getFullName(), f.getType()});
                    } else if (m instanceof JavaCodeUnit u) {
                        seen.add(new Object[] {u.getFullName(), u.getReturnType()});
                        u.getParameterTypes().forEach(t -> seen.add(new Object[] {u.getFullName(), t}));
                        u.getTypeParameters().forEach(t -> seen.add(new Object[] {u.getFullName(), t}));
                        u.getThrowsClause().getTypes().forEach(t -> seen.add(new Object[] {u.getFullName(), t}));
                    }
                }
                for (Object[] s : seen) {
                    JavaType t = (JavaType) s[1];
                    Stream.concat(Stream.of(t.toErasure()), t.getAllInvolvedRawTypes().stream())
                            .filter(forbidden).distinct()
                            .forEach(bad -> events.add(SimpleConditionEvent.violated(c,
                                    c.getName() + ": " + s[0] + " names " + bad.getName())));
                }
            }
        };
    }
}
