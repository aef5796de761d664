package dojo.lambda.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The few files an environment sees under {@code /etc}: its own hosts, users and name service
 * switch, written by the engine, so nothing of the host's /etc (shadow, ssh keys) is visible.
 */
public final class SandboxEtc {
    private SandboxEtc() {}

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        put(dir, "hosts", "127.0.0.1 localhost\n::1 localhost ip6-localhost\n");
        put(dir, "passwd", "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                + "sbx_user1051:x:65534:65534:sandbox:/tmp:/usr/sbin/nologin\n");
        put(dir, "group", "root:x:0:\nnogroup:x:65534:\n");
        put(dir, "nsswitch.conf", "passwd: files\ngroup: files\nhosts: files\n");
        put(dir, "resolv.conf", "");
        put(dir, "os-release", "NAME=\"mini-lambda sandbox\"\nID=mini-lambda\n");
        for (String host : hostDirs()) {
            Files.createDirectories(dir.resolve(Path.of(host).getFileName().toString()));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /** Host directories under /etc that the JDK reads (security settings, CA certificates). */
    static java.util.List<String> hostDirs() {
        java.util.List<String> dirs = new java.util.ArrayList<>();
        try (var list = Files.list(Path.of("/etc"))) {
            list.filter(p -> p.getFileName().toString().startsWith("java-") && Files.isDirectory(p))
                    .forEach(p -> dirs.add(p.toString()));
        } catch (IOException e) {
            // no /etc to look at: nothing to bind
        }
        if (Files.isDirectory(Path.of("/etc/ssl"))) {
            dirs.add("/etc/ssl");
        }
        return dirs;
    }

    private static void put(Path dir, String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
