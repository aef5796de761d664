package dojo.lambda.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodePackageTest {
    static final String REBUILD = " Rebuild the .zip from inside the folder you want at /var/task (for example"
            + " cd build && zip -r ../function.zip .) and upload it again.";

    @TempDir
    Path temp;

    Path code() {
        return temp.resolve("code");
    }

    @Test
    void unpacksFilesReadableByEveryoneAndFoldersTraversable() throws IOException {
        byte[] zip = new TestZip().file("example/Hello.class", "bytecode").file("config.properties", "a=1").bytes();

        long unzipped = CodePackage.of(zip, "CreateFunction").extractTo(code(), false);

        assertThat(unzipped).isEqualTo(11);
        assertThat(Files.readString(code().resolve("example/Hello.class"))).isEqualTo("bytecode");
        assertThat(mode(code())).isEqualTo("rwxr-xr-x");
        assertThat(mode(code().resolve("example"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(code().resolve("example/Hello.class"))).isEqualTo("rw-r--r--");
        assertThat(temp.resolve("code.zip")).doesNotExist();
    }

    @Test
    void executableBitFromTheZipIsKept() throws IOException {
        byte[] zip = new TestZip().executable("bin/run.sh", "#!/bin/sh").file("notes.txt", "x").bytes();

        CodePackage.of(zip, "CreateFunction").extractTo(code(), false);

        assertThat(mode(code().resolve("bin/run.sh"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(code().resolve("notes.txt"))).isEqualTo("rw-r--r--");
    }

    @Test
    void customRuntimeBootstrapBecomesExecutableEvenWhenZippedWithoutTheBit() throws IOException {
        byte[] zip = new TestZip().file("bootstrap", "#!/bin/sh\nexec java -cp /var/task example.Main").bytes();

        CodePackage.of(zip, "CreateFunction").extractTo(code(), true);

        assertThat(mode(code().resolve("bootstrap"))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void customRuntimePackageWithoutBootstrapIsRefusedExplainingTheContract() {
        byte[] zip = new TestZip().file("lib/bootstrap", "#!/bin/sh").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), true),
                ErrorType.InvalidParameterValueException, "The deployment package has no file named bootstrap at its"
                        + " root, which runtime provided.al2023 needs: a custom runtime starts by running the executable"
                        + " /var/task/bootstrap, which then fetches events from the Runtime API at $AWS_LAMBDA_RUNTIME_API"
                        + " and posts the responses back. Add an executable bootstrap file (for example a shell script"
                        + " running 'exec java -cp /var/task example.Main') at the top level of the .zip and upload it again.");
        assertThat(code()).doesNotExist();
    }

    @Test
    void codeSha256IsBase64OfTheSha256OfTheZipBytesAndCodeSizeTheirCount() {
        CodePackage code = CodePackage.of("abc".getBytes(StandardCharsets.US_ASCII), "CreateFunction");

        assertThat(code.sha256()).isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assertThat(code.size()).isEqualTo(3);
    }

    @Test
    void zipOfExactly50MbIsAcceptedAndOneByteMoreIsTooLarge() {
        assertThat(CodePackage.of(new byte[50 * 1024 * 1024], "CreateFunction").size()).isEqualTo(52_428_800);

        assertRefused(() -> CodePackage.of(new byte[50 * 1024 * 1024 + 1], "UpdateFunctionCode"),
                ErrorType.RequestEntityTooLargeException,
                "Request must be smaller than 69905067 bytes for the UpdateFunctionCode operation");
    }

    @Test
    void packageUnzippingTo250MbIsRefusedBeforeAnythingIsWritten() throws IOException {
        byte[] zip = deflatedZeros("big.bin", 262_144_000);

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Unzipped size must be smaller than 262144000 bytes");
        assertThat(code()).doesNotExist();
    }

    @Test
    void unzippedSizeJustUnderTheLimitIsAcceptedAndAtTheLimitRefused() {
        byte[] zip = new TestZip().add("a.bin", new byte[600], TestZip.FILE, null)
                .add("b.bin", new byte[399], TestZip.FILE, null).bytes();

        assertThat(CodePackage.of(zip, "CreateFunction").extractTo(temp.resolve("fits"), false, 1000)).isEqualTo(999);
        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false, 999),
                ErrorType.InvalidParameterValueException, "Unzipped size must be smaller than 999 bytes");
    }

    @Test
    void zipBombWithUnderstatedSizesStopsAtTheLimitAndLeavesNothingBehind() {
        byte[] zip = new TestZip().lying("bomb.bin", new byte[8 * 1024 * 1024], 10).bytes();
        assertThat(zip.length).isLessThan(20_000);

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false, 1024 * 1024),
                ErrorType.InvalidParameterValueException, "Unzipped size must be smaller than 1048576 bytes");
        assertThat(code()).doesNotExist();
    }

    @Test
    void dataThatIsNoZipIsRefusedWithAwsWording() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertRefused(() -> CodePackage.of(noise, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, CodePackage.CORRUPT);
        assertRefused(() -> CodePackage.of(new byte[0], "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, CodePackage.CORRUPT);
    }

    @Test
    void truncatedOrDamagedZipIsRefusedWithAwsWording() {
        byte[] zip = new TestZip().add("data.bin", randomBytes(64 * 1024), TestZip.FILE, null).bytes();
        byte[] truncated = Arrays.copyOf(zip, zip.length - 30);
        byte[] damaged = zip.clone();
        for (int i = 2000; i < 2100; i++) {
            damaged[i] ^= 0x5a;
        }

        assertRefused(() -> CodePackage.of(truncated, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, CodePackage.CORRUPT);
        assertRefused(() -> CodePackage.of(damaged, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, CodePackage.CORRUPT);
        assertThat(code()).doesNotExist();
    }

    @Test
    void entryClimbingOutWithDotDotIsRefusedByName() {
        byte[] zip = new TestZip().file("ok.txt", "fine").file("../evil", "pwned").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Entry '../evil' in the deployment package points outside the"
                        + " package: '..' leads above the package root, which Lambda unpacks at /var/task." + REBUILD);
        assertThat(temp.resolve("evil")).doesNotExist();
        assertThat(code()).doesNotExist();
    }

    @Test
    void entryClimbingOutFromASubfolderIsRefusedByName() {
        byte[] zip = new TestZip().file("lib/../../evil", "pwned").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Entry 'lib/../../evil' in the deployment package points outside"
                        + " the package: '..' leads above the package root, which Lambda unpacks at /var/task." + REBUILD);
    }

    @Test
    void entryWithAnAbsolutePathIsRefusedByName() {
        byte[] zip = new TestZip().file("/tmp/evil", "pwned").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Entry '/tmp/evil' in the deployment package has an absolute"
                        + " path: entries must be relative to the package root, which Lambda unpacks at /var/task." + REBUILD);
    }

    @Test
    void symbolicLinkPointingOutOfThePackageIsRefusedByName() {
        byte[] zip = new TestZip().link("passwd", "../../etc/passwd").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Entry 'passwd' in the deployment package is a symbolic link to"
                        + " '../../etc/passwd', which is outside the package: links must point to files inside the"
                        + " package root (/var/task). Replace the link with the file itself and upload the .zip again.");
        assertRefused(() -> CodePackage.of(new TestZip().link("abs", "/etc/passwd").bytes(), "CreateFunction")
                .extractTo(code(), false), ErrorType.InvalidParameterValueException, "Entry 'abs' in the deployment"
                        + " package is a symbolic link to '/etc/passwd', which is outside the package: links must point"
                        + " to files inside the package root (/var/task). Replace the link with the file itself and"
                        + " upload the .zip again.");
    }

    @Test
    void linksThatOnlyEscapeWhenResolvedThroughOtherLinksAreRefused() {
        byte[] zip = new TestZip().directory("d").link("d/up", "..").link("e", "d/up/..").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Entry 'e' in the deployment package is a symbolic link to"
                        + " 'd/up/..', which is outside the package: links must point to files inside the package root"
                        + " (/var/task). Replace the link with the file itself and upload the .zip again.");
    }

    @Test
    void entryStoredBelowASymbolicLinkIsRefusedSoNothingIsWrittenThroughIt() {
        byte[] zip = new TestZip().directory("real").link("alias", "real").file("alias/x.txt", "through").bytes();

        assertRefused(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false),
                ErrorType.InvalidParameterValueException, "Entry 'alias/x.txt' in the deployment package is stored below"
                        + " the symbolic link 'alias': entries must be plain files and folders inside the package. Replace"
                        + " the link with a real folder and upload the .zip again.");
    }

    @Test
    void symbolicLinkInsideThePackageIsKept() throws IOException {
        byte[] zip = new TestZip().file("lib/v1/app.jar", "jar").link("lib/current", "v1").bytes();

        CodePackage.of(zip, "CreateFunction").extractTo(code(), false);

        assertThat(Files.isSymbolicLink(code().resolve("lib/current"))).isTrue();
        assertThat(Files.readString(code().resolve("lib/current/app.jar"))).isEqualTo("jar");
    }

    @Test
    void extractionRefusesADirectoryThatAlreadyExists() throws IOException {
        Files.createDirectory(code());
        byte[] zip = new TestZip().file("a", "b").bytes();

        assertThatThrownBy(() -> CodePackage.of(zip, "CreateFunction").extractTo(code(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(code()).exists();
    }

    static void assertRefused(Runnable action, ErrorType type, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.type()).isEqualTo(type);
        });
    }

    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A zip with one entry of {@code count} zero bytes, streamed so the zeros never sit in memory at once. */
    static byte[] deflatedZeros(String name, long count) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1024 * 1024];
            for (long left = count; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            zip.closeEntry();
        }
        return buffer.toByteArray();
    }
}
