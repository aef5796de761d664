package dojo.lambda.function;

import static dojo.lambda.function.CodePackageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeCatalogTest {
    @TempDir
    Path jvm;

    Path jdk(String dir, String javaVersion, boolean withJavac) throws IOException {
        Path home = jvm.resolve(dir);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        executable(home.resolve("bin/java"));
        if (withJavac) {
            executable(home.resolve("bin/javac"));
        }
        return home;
    }

    static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void eachSupportedFeatureVersionMapsToItsBestInstallation() throws IOException {
        Path jre17 = jdk("jre-17", "17.0.12", false);
        Path jdk17 = jdk("jdk-17", "17.0.9", true);
        Path older21 = jdk("jdk-21.0.1", "21.0.1", true);
        Path newer21 = jdk("jdk-21.0.4", "21.0.4", true);
        Path jdk11 = jdk("jdk-11", "11.0.22", true);
        Path jdk8 = jdk("jdk-8", "1.8.0_412", true);
        Path noRelease = Files.createDirectories(jvm.resolve("broken/bin"));
        executable(noRelease.resolve("java"));

        RuntimeCatalog catalog = RuntimeCatalog.scan(List.of(jre17, jdk17, older21, newer21, jdk11, jdk8,
                noRelease.getParent(), jvm.resolve("missing")), null);

        assertThat(catalog.installedIds()).containsExactly("java17", "java21");
        assertThat(catalog.require("java17").javaHome()).isEqualTo(jdk17.toRealPath());
        assertThat(catalog.require("java21")).isEqualTo(new InstalledRuntime("java21", newer21.toRealPath(), "21.0.4"));
        assertThat(catalog.require("java21").java()).isEqualTo(newer21.toRealPath().resolve("bin/java"));
    }

    @Test
    void aSymbolicLinkToAnInstallationCountsOnce() throws IOException {
        Path jdk25 = jdk("temurin-25", "25.0.3", true);
        Path alias = Files.createSymbolicLink(jvm.resolve("java-25"), jdk25);

        RuntimeCatalog catalog = RuntimeCatalog.scan(List.of(alias, jdk25), null);

        assertThat(catalog.require("java25").javaHome()).isEqualTo(jdk25.toRealPath());
    }

    @Test
    void customRuntimeUsesTheDefaultJdk() throws IOException {
        Path jdk17 = jdk("jdk-17", "17.0.15", true);

        RuntimeCatalog catalog = RuntimeCatalog.scan(List.of(), JdkHome.at(jdk17).orElseThrow());

        assertThat(catalog.installedIds()).containsExactly("provided.al2023");
        InstalledRuntime custom = catalog.require("provided.al2023");
        assertThat(custom.custom()).isTrue();
        assertThat(custom.javaHome()).isEqualTo(jdk17.toRealPath());
    }

    @Test
    void defaultJdkIsTheJavaThatThePathFindsFirst() throws IOException {
        Path first = jdk("first", "21.0.2", true);
        Path second = jdk("second", "17.0.1", true);
        Path links = Files.createDirectories(jvm.resolve("links"));
        Files.createSymbolicLink(links.resolve("java"), first.resolve("bin/java"));

        String path = jvm.resolve("nothing-here") + ":" + links + ":" + second.resolve("bin");

        assertThat(JdkHome.onPath(path)).contains(new JdkHome(first.toRealPath(), "21.0.2", true));
        assertThat(JdkHome.onPath(jvm.resolve("nothing-here").toString())).isEmpty();
    }

    @Test
    void refusalsSayWhatIsInstalledAndWhatToDo() throws IOException {
        RuntimeCatalog catalog = RuntimeCatalog.scan(List.of(jdk("jdk-17", "17.0.15", true)), null);

        assertRefused(() -> catalog.require("java25"), ErrorType.InvalidParameterValueException, "Runtime java25 is not"
                + " installed on this engine. Installed runtimes: [java17]. Choose one of those, or install a JDK 25 (for"
                + " example under /usr/lib/jvm) on the engine's host and restart the engine.");
        assertRefused(() -> catalog.require("provided.al2023"), ErrorType.InvalidParameterValueException, "Runtime"
                + " provided.al2023 is not installed on this engine. Installed runtimes: [java17]. Choose one of those, or"
                + " install a JDK on the PATH on the engine's host and restart the engine.");
        assertRefused(() -> catalog.require("nodejs22.x"), ErrorType.InvalidParameterValueException, "The runtime"
                + " parameter of nodejs22.x is not supported for creating or updating functions on this engine, which runs"
                + " Java and custom runtimes only. We recommend you use a supported runtime while creating or updating"
                + " functions. Installed runtimes: [java17]");
    }

    /** On this machine: every JDK under /usr/lib/jvm of a supported version, the engine's own JVM, and the custom runtime. */
    @Test
    void hostScanFindsEverySupportedJdkUnderUsrLibJvmAndTheRunningOne() throws IOException {
        RuntimeCatalog catalog = RuntimeCatalog.scanHost();

        Map<String, String> expected = new TreeMap<>();
        Path usrLibJvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(usrLibJvm)) {
            try (Stream<Path> homes = Files.list(usrLibJvm)) {
                homes.map(JdkHome::at).flatMap(java.util.Optional::stream)
                        .filter(jdk -> AwsRuntimes.forJavaFeature(jdk.feature()) != null)
                        .forEach(jdk -> expected.put(AwsRuntimes.forJavaFeature(jdk.feature()), jdk.javaVersion()));
            }
        }
        String own = AwsRuntimes.forJavaFeature(Runtime.version().feature());
        assertThat(catalog.installedIds()).containsAll(expected.keySet()).contains("provided.al2023");
        if (own != null) {
            assertThat(catalog.installedIds()).contains(own);
        }
        for (String id : catalog.installedIds()) {
            assertThat(Files.isExecutable(catalog.require(id).java())).as(id).isTrue();
        }
        System.out.println("Runtimes on this host: " + catalog.installedIds() + ", JDKs under /usr/lib/jvm: " + expected);
    }
}
