package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStoreTest {
    @TempDir
    Path data;

    @Test
    void theDefaultAccountIsTestTestWithTwelveZeros() {
        AccountStore store = AccountStore.open(data, true);

        assertThat(store.byAccountId("000000000000")).contains(new Account("000000000000", "test", "test"));
        assertThat(store.resolveAccessKey("test").orElseThrow().isSession()).isFalse();
        AccountStore without = AccountStore.open(data, false);
        assertThat(without.list()).containsExactly(AccountStore.DEFAULT_ACCOUNT);
        assertThat(without.resolveAccessKey("test")).isEmpty();
    }

    @Test
    void withoutTheDefaultAccountAStoreStartsEmpty() {
        assertThat(AccountStore.open(data, false).list()).isEmpty();
        assertThat(AccountStore.open(data, false).byAccountId("000000000000")).isEmpty();
    }

    @Test
    void createdAccountsHaveAwsShapes() {
        Account account = AccountStore.open(data, false).create();

        assertThat(account.accountId()).matches("[0-9]{12}").isNotEqualTo("000000000000");
        assertThat(account.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
        assertThat(account.secretAccessKey()).matches("[A-Za-z0-9+/]{40}");
        assertThat(account.toString()).doesNotContain(account.secretAccessKey());
    }

    @Test
    void accountsSurviveARestartAndResolveByAccessKey() {
        AccountStore first = AccountStore.open(data, true);
        Account created = first.create();

        AccountStore restarted = AccountStore.open(data, true);

        assertThat(restarted.byAccountId(created.accountId())).contains(created);
        assertThat(restarted.resolveAccessKey(created.accessKeyId()).orElseThrow())
                .isEqualTo(new AccessKey(created, created.accessKeyId(), created.secretAccessKey(), null));
        assertThat(restarted.list()).hasSize(2).isSortedAccordingTo((a, b) -> a.accountId().compareTo(b.accountId()));
    }

    @Test
    void aRunningStoreResolvesAnAccountThatAnotherProcessCreated() {
        AccountStore running = AccountStore.open(data, true);
        Account created = AccountStore.open(data, true).create();

        assertThat(running.resolveAccessKey(created.accessKeyId()).orElseThrow().account()).isEqualTo(created);
        assertThat(running.byAccountId(created.accountId())).contains(created);
        assertThat(running.resolveAccessKey("AKIAUNKNOWN000000000")).isEmpty();
    }

    @Test
    void concurrentCreatesFromTwoStoresOnOneDirectoryAreAllKeptAndUnique() throws Exception {
        AccountStore engine = AccountStore.open(data, true);
        AccountStore command = AccountStore.open(data, false);
        List<Callable<Account>> creates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            creates.add(i % 2 == 0 ? engine::create : command::create);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Account> created = new ArrayList<>();
        try {
            for (Future<Account> future : pool.invokeAll(creates)) {
                created.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Account> onDisk = AccountStore.open(data, false).list();
        assertThat(onDisk).hasSize(41).containsAll(created);
        assertThat(onDisk.stream().map(Account::accountId).distinct()).hasSize(41);
        assertThat(onDisk.stream().map(Account::accessKeyId).distinct()).hasSize(41);
    }

    @Test
    void theFileIsReplacedWholeAndReadableByItsOwnerOnly() throws Exception {
        AccountStore.open(data, true).create();

        Path file = data.resolve("accounts.json");
        assertThat(Files.readString(file)).contains("\"version\" : 1", "\"accessKeyId\" : \"test\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "accounts.json", "accounts.lock");
        }
    }

    @Test
    void aCorruptFileFailsWithWhereAndWhatToDo() throws Exception {
        Files.writeString(data.resolve("accounts.json"), "{\"version\":1,\"accounts\":[{\"accountId\":\"42\"");

        assertThatThrownBy(() -> AccountStore.open(data, true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.ServiceException))
                .hasMessageStartingWith("Cannot read the accounts in " + data.resolve("accounts.json").toAbsolutePath())
                .hasMessageEndingWith("fix the file or move it away to start with no accounts.");
    }

    @Test
    void addingAnAccountWhoseIdsAreTakenIsRefused() {
        AccountStore store = AccountStore.open(data, true);

        assertThatThrownBy(() -> store.add(new Account("123456789012", "test", "other")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clashing with an existing account");
    }
}
