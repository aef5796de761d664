package dojo.lambda.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dojo.lambda.api.ApiException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code account} command of {@code java -jar mini-lambda.jar}: {@code account create --data DIR}
 * creates an account and prints its keys as JSON; {@code account list --data DIR} prints each
 * account id with its access key id. A running engine sees a new account after a restart.
 */
public final class AccountCommand {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String USAGE = "Usage: account create --data DIR | account list --data DIR";

    private AccountCommand() {}

    /** Runs the arguments that follow {@code account}; returns the process exit code (0 ok, 2 usage, 1 failure). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !args.get(1).equals("--data")) {
            err.println("Expected 'create' or 'list' followed by --data DIR, found " + args + ". " + USAGE);
            return 2;
        }
        Path dataDir = Path.of(args.get(2));
        try {
            switch (args.get(0)) {
                case "create" -> {
                    Account account = AccountStore.open(dataDir, false).create();
                    Map<String, String> printed = new java.util.LinkedHashMap<>();
                    printed.put("accountId", account.accountId());
                    printed.put("accessKeyId", account.accessKeyId());
                    printed.put("secretAccessKey", account.secretAccessKey());
                    out.println(JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .without(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                            .writeValueAsString(printed));
                    err.println("Saved in " + dataDir.resolve(AccountsFile.FILE_NAME)
                            + ". An engine running on this data directory accepts its keys at once.");
                }
                case "list" -> AccountStore.open(dataDir, false).list().forEach(account ->
                        out.println(account.accountId() + "\t" + account.accessKeyId()));
                default -> {
                    err.println("Expected 'create' or 'list', found '" + args.get(0) + "'. " + USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (ApiException e) {
            err.println(e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected three strings to serialize as JSON: " + e, e);
        }
    }
}
