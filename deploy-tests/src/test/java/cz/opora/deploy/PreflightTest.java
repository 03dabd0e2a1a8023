package cz.opora.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes/preflight, the check an administrator runs before applying: it refuses an overlay whose
 * installation inputs (hosts, registry, backup bucket and endpoint) still name example.cz, or whose backup destination
 * is not an object-store URL, and accepts one with every input set.
 */
class PreflightTest {
    record Result(int exit, String output) {
    }

    static Result preflight(Path overlay) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", KubernetesManifestsTest.KUBERNETES.resolve("preflight").toString(), overlay.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    static boolean kubectl() {
        return Kustomize.kubectl(KubernetesManifestsTest.KUBERNETES.resolve("tools")) != null;
    }

    @Test
    void theShippedOverlaysAreRefusedUntilEveryInputIsSet() throws Exception {
        assertThat(kubectl()).as("kubectl on the PATH (the machines this project runs on have it)").isTrue();
        for (String overlay : new String[] {"small", "production"}) {
            Result result = preflight(KubernetesManifestsTest.KUBERNETES.resolve("overlays").resolve(overlay));
            assertThat(result.exit()).as(overlay).isEqualTo(1);
            assertThat(result.output()).contains("destinationPath: s3://opora-backup.example.cz/opora-db")
                    .contains("endpointURL: https://object-storage.example.cz").contains("host: auth.opora.example.cz")
                    .contains("image: registry.example.cz/opora/family-service:0.1.0");
        }
    }

    @Test
    void anOverlayWithItsInputsSetPassesAndABadBackupDestinationDoesNot(@TempDir Path dir) throws Exception {
        assertThat(kubectl()).as("kubectl on the PATH (the machines this project runs on have it)").isTrue();
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - backup.yaml\n");
        String store = Files.readString(KubernetesManifestsTest.KUBERNETES.resolve("overlays/small/backup.yaml"));
        Files.writeString(dir.resolve("backup.yaml"), store.replace("s3://opora-backup.example.cz/opora-db", "s3://brno-opora-backup/opora-db")
                .replace("https://object-storage.example.cz", "https://s3.cesnet.cz").replace("example.cz", "brno.cz"));
        Result ok = preflight(dir);
        assertThat(ok.output()).contains("ready to apply");
        assertThat(ok.exit()).isZero();

        Files.writeString(dir.resolve("backup.yaml"), Files.readString(dir.resolve("backup.yaml")).replace("s3://brno-opora-backup/opora-db", "opora-db"));
        Result bad = preflight(dir);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.output()).contains("not an object-store URL");
    }
}
