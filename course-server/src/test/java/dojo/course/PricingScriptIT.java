package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * static/pricing.js, the arithmetic behind the pricing figures, run by Node against the engine's
 * price sheet: it must reproduce DESIGN.md's worked example and the lesson's figures.
 */
class PricingScriptIT {
    @Test
    void theCalculatorReproducesTheWorkedExamples() throws Exception {
        if (System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(Path.of("/usr/bin/node")), "Node.js is not installed" + " (CI must install it: see .ci/run)");
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")), "Node.js is not installed");
        String script = """
                const P = require(process.argv[2]);
                const prices = { pricePerGbSecond: { x86_64: 0.0000166667, arm64: 0.0000133334 },
                  pricePerRequest: 0.0000002, freeRequestsPerMonth: 1000000, freeGbSecondsPerMonth: 400000 };
                const a = P.monthlyBill({ memoryMb: 512, durationMs: 150, invocationsPerMonth: 4000000, architecture: 'x86_64', freeTier: true }, prices);
                const b = P.monthlyBill({ memoryMb: 1024, durationMs: 120, invocationsPerMonth: 30000000, architecture: 'arm64', freeTier: true }, prices);
                const c = P.monthlyBill({ memoryMb: 128, durationMs: 0.4, invocationsPerMonth: 10, architecture: 'x86_64', freeTier: false }, prices);
                console.log([a.gbSeconds, a.billableGbSeconds, a.billableRequests, P.usd(a.totalUsd),
                  P.usd(b.totalUsd), c.billedMs, P.durationAt(512, { cpuMs: 1000, fixedMs: 0, threads: 1 }),
                  P.durationAt(3538, { cpuMs: 1000, fixedMs: 0, threads: 1 })].join(' '));
                """;
        Path test = Files.createTempFile("pricing", ".js");
        Files.writeString(test, script);
        Process node = new ProcessBuilder("/usr/bin/node", test.toString(), Path.of("../static/pricing.js").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        assertThat(node.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Files.delete(test);
        // 300,000 GB-s inside the free tier, 3,000,000 billable requests -> 0.60 USD (DESIGN.md, "Billing");
        // the lesson's 30 M request API on arm64 -> 48.47 USD; a 0.4 ms run bills 1 ms; 1,769 MB = one vCPU
        assertThat(out).isEqualTo("300000 0 3000000 0.60 48.47 1 3456 1000");
    }
}
