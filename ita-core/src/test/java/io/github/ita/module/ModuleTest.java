package io.github.ita.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.scoring.Scorer;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library runs on the module path, and exports only the packages meant for users. */
class ModuleTest {

    @Test
    void runsAsANamedModule() {
        Module m = Scorer.class.getModule();
        assertThat(m.isNamed()).as("the tests run on the module path").isTrue();
        assertThat(m.getName()).isEqualTo("io.github.ita.core");
    }

    @Test
    void exportsOnlyTheUsersPackages() {
        ModuleDescriptor d = Scorer.class.getModule().getDescriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).containsExactlyInAnyOrder("io.github.ita", "io.github.ita.edition", "io.github.ita.response",
                "io.github.ita.scoring", "io.github.ita.analysis", "io.github.ita.measures", "io.github.ita.io", "io.github.ita.report");
        assertThat(d.packages()).contains("io.github.ita.internal");
        assertThat(exported).doesNotContain("io.github.ita.internal");
        assertThat(d.exports()).allMatch(e -> !e.isQualified());
        assertThat(d.opens()).isEmpty();
    }

    @Test
    void needsOnlyItsDeclaredDependencies() {
        Set<ModuleDescriptor.Requires> all = Scorer.class.getModule().getDescriptor().requires();
        Set<String> requires = all.stream().filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).filter(n -> !n.equals("java.base")).collect(Collectors.toSet());
        assertThat(requires).containsExactlyInAnyOrder("com.fasterxml.jackson.core", "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.dataformat.csv");
        // optional: only a program that reads .xlsx directories needs it
        Set<String> optional = all.stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertThat(optional).containsExactly("org.dhatim.fastexcel.reader");
    }
}
