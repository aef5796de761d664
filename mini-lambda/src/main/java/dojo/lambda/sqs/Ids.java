package dojo.lambda.sqs;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Random version-4 UUIDs for message and request ids; they need to be unique, not secret, so no SecureRandom per message. */
final class Ids {
    private Ids() {}

    static String uuid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
