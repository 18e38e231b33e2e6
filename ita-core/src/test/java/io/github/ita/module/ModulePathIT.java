package io.github.ita.module;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.github.ita.io.ResponsesJson;
import io.github.ita.io.ResultJson;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar (run by failsafe in {@code verify}, after {@code package}): on the module path it is the automatic
 * module {@code io.github.ita.core} and scores in a module layer of its own, as a user's modular program would run it;
 * on the class path it scores the same. Its Javadoc documents exactly the API packages ({@code ita.api.packages}).
 */
class ModulePathIT {

    private static final String CORE = "io.github.ita.core";

    /** The seed-001 score sheet: the ten indicator scores องค์การบริหารส่วนตำบลด่าน published for FY2565. */
    private static final String SHEET = """
            { "edition": "ita-2565", "agency": { "id": "dan", "name": "องค์การบริหารส่วนตำบลด่าน" },
              "scores": { "1": 84.72, "2": 75.90, "3": 81.11, "4": 71.62, "5": 78.38,
                          "6": 74.76, "7": 66.78, "8": 70.81, "9": 94.64, "10": 100 } }""";

    /** The library's runtime dependencies (not the optional fastexcel-reader), each by a class of its jar. */
    private static final List<Class<?>> DEPENDENCIES = List.of(JsonFactory.class, ObjectMapper.class, JsonProperty.class,
            CsvMapper.class, TDistribution.class);

    @Test
    void theJarIsTheAutomaticModuleIoGithubItaCore() throws IOException {
        Path jar = coreJar();
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getEntry("module-info.class")).isNull();
            assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(CORE);
        }
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        assertThat(found).hasSize(1);
        ModuleDescriptor d = found.iterator().next().descriptor();
        assertThat(d.name()).isEqualTo(CORE);
        assertThat(d.isAutomatic()).isTrue();
        // an automatic module holds (and opens) every package; the internal ones are there but not the API
        assertThat(d.packages()).containsAll(apiPackages()).contains("io.github.ita.internal", "io.github.ita.io.internal");
    }

    @Test
    void commonsMath3IsTheAutomaticModuleNamedFromItsFileName() {
        ModuleDescriptor d = ModuleFinder.of(jarOf(TDistribution.class)).findAll().iterator().next().descriptor();
        assertThat(d.name()).isEqualTo("commons.math3");
        assertThat(d.isAutomatic()).isTrue();
    }

    @Test
    void requiringTheLibraryResolvesCommonsMath3ButNotJackson() {
        // resolving an automatic module resolves every automatic module on the path, but no explicit module such as
        // Jackson's: a modular program requires Jackson too, or adds it (--add-modules), as docs/architecture.md says
        Set<String> resolved = configuration(CORE).modules().stream().map(m -> m.name()).collect(Collectors.toSet());
        assertThat(resolved).containsExactlyInAnyOrder(CORE, "commons.math3");
    }

    @Test
    void scoresInAModuleLayer() throws ReflectiveOperationException {
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(
                configuration(CORE, "com.fasterxml.jackson.databind", "com.fasterxml.jackson.dataformat.csv"),
                ClassLoader.getPlatformClassLoader());
        Module core = layer.findModule(CORE).orElseThrow();
        assertThat(core.isNamed()).isTrue();
        assertThat(core.getDescriptor().isAutomatic()).isTrue();
        assertThat(core.canRead(layer.findModule("commons.math3").orElseThrow())).isTrue();
        assertThat(core.canRead(layer.findModule("com.fasterxml.jackson.databind").orElseThrow())).isTrue();
        assertThat(layer.findModule("com.fasterxml.jackson.core")).as("required by databind").isPresent();
        assertThat(layer.modules()).noneMatch(m -> m.getName().startsWith("org.dhatim")).hasSize(6);

        ClassLoader loader = layer.findLoader(CORE);
        Class<?> scorer = loader.loadClass("io.github.ita.scoring.Scorer");
        assertThat(scorer).isNotSameAs(Scorer.class);
        assertThat(scorer.getModule()).isSameAs(core);
        assertThat(loader.loadClass("org.apache.commons.math3.distribution.TDistribution").getModule().getName())
                .isEqualTo("commons.math3");

        // Scorer.of(Editions.bundled("ita-2565")).audit(ResponsesJson.readScoreSheet(in, name).value()), by reflection
        Object edition = call(loader, "io.github.ita.edition.Editions", null, "bundled", "ita-2565");
        Object sheet = call(loader, "io.github.ita.io.Located", call(loader, "io.github.ita.io.ResponsesJson", null,
                "readScoreSheet", sheet(), "seed-001"), "value");
        Object result = call(loader, "io.github.ita.scoring.Scorer",
                call(loader, "io.github.ita.scoring.Scorer", null, "of", edition), "audit", sheet);
        Object total = ((Optional<?>) call(loader, "io.github.ita.scoring.Result", result, "total")).orElseThrow();
        assertThat(call(loader, "io.github.ita.scoring.Score", total, "shown")).hasToString("83.67");
        assertThat(((Optional<?>) call(loader, "io.github.ita.scoring.Result", result, "rating")).orElseThrow())
                .hasToString("B");
        assertThat(call(loader, "io.github.ita.io.ResultJson", null, "write", result))
                .as("the same JSON as on the class path").isEqualTo(ResultJson.write(onTheClassPath()));
    }

    @Test
    void scoresOnTheClassPath() {
        assertThat(Scorer.class.getModule().isNamed()).isFalse();
        Result result = onTheClassPath();
        assertThat(result.total().orElseThrow().shown()).hasToString("83.67");
        assertThat(result.rating().orElseThrow()).hasToString("B");
    }

    @Test
    void theJavadocDocumentsTheApiPackagesOnly() throws IOException {
        Path list = Path.of(System.getProperty("ita.apidocs"), "element-list");
        assertThat(list).as("javadoc:jar runs in package").isRegularFile();
        List<String> lines = Files.readAllLines(list);
        // the javadoc plugin takes the module name from the jar's manifest and documents the packages as its exports
        assertThat(lines).filteredOn(l -> l.startsWith("module:")).containsExactly("module:" + CORE);
        assertThat(lines).filteredOn(l -> !l.startsWith("module:")).containsExactlyInAnyOrderElementsOf(apiPackages());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Result onTheClassPath() {
        ScoreSheet sheet = ResponsesJson.readScoreSheet(sheet(), "seed-001").value();
        return Scorer.of(io.github.ita.edition.Editions.bundled("ita-2565")).audit(sheet);
    }

    private static InputStream sheet() {
        return new ByteArrayInputStream(SHEET.getBytes(StandardCharsets.UTF_8));
    }

    /** Resolves the roots against the jar and its dependencies, as {@code --module-path} with those modules required. */
    private static Configuration configuration(String... roots) {
        List<Path> path = new ArrayList<>(List.of(coreJar()));
        DEPENDENCIES.forEach(c -> path.add(jarOf(c)));
        return ModuleLayer.boot().configuration().resolve(ModuleFinder.of(path.toArray(Path[]::new)), ModuleFinder.of(),
                Set.of(roots));
    }

    /** Calls the public method of that name and arity of the class as the loader has it (static when target is null). */
    private static Object call(ClassLoader loader, String className, Object target, String name, Object... args)
            throws ReflectiveOperationException {
        Class<?> c = loader.loadClass(className);
        List<Method> found = Arrays.stream(c.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(m -> {
                    for (int i = 0; i < args.length; i++) {
                        if (!m.getParameterTypes()[i].isInstance(args[i])) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
        assertThat(found).as(className + "." + name).hasSize(1);
        return found.get(0).invoke(target, args);
    }

    private static Path coreJar() {
        Path jar = Path.of(System.getProperty("ita.core.jar", "(system property ita.core.jar, set by the pom, is missing)"));
        assertThat(jar).as("the packaged ita-core jar").isRegularFile();
        return jar;
    }

    private static Path jarOf(Class<?> c) {
        try {
            Path jar = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(jar.getFileName().toString()).as("the jar of " + c.getName()).endsWith(".jar");
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> apiPackages() {
        String list = System.getProperty("ita.api.packages");
        assertThat(list).as("system property ita.api.packages (set by the pom)").isNotBlank();
        return Set.of(list.split(","));
    }
}
