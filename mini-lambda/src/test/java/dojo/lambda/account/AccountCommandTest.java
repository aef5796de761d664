package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountCommandTest {
    @TempDir
    Path data;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return AccountCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void createPrintsTheKeysAndAnEngineOpeningTheDirectoryLaterSeesThem() throws Exception {
        assertThat(run("create", "--data", data.toString())).isZero();

        JsonNode printed = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Account account = AccountStore.open(data, true).byAccountId(printed.get("accountId").asText()).orElseThrow();
        assertThat(account.accessKeyId()).isEqualTo(printed.get("accessKeyId").asText());
        assertThat(account.secretAccessKey()).isEqualTo(printed.get("secretAccessKey").asText());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("accepts its keys at once");
    }

    @Test
    void listPrintsAccountIdsAndAccessKeysButNoSecrets() {
        Account account = AccountStore.open(data, true).create();

        assertThat(run("list", "--data", data.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "000000000000\ttest\n" + account.accountId() + "\t" + account.accessKeyId() + "\n");
    }

    @Test
    void wrongArgumentsPrintUsageAndExitWithTwo() {
        assertThat(run("create")).isEqualTo(2);
        assertThat(run("delete", "--data", data.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Expected 'create' or 'list' followed by --data DIR, found [create].")
                .contains("Expected 'create' or 'list', found 'delete'. Usage: account create --data DIR");
    }
}
