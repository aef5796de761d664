package dojo.lambda.s3;

import java.time.Instant;
import java.util.Objects;

/** A bucket's own settings as kept in its {@code bucket.json}. */
record BucketState(String name, String accountId, String region, Instant created, NotificationConfiguration notification) {
    BucketState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(created, "created");
        notification = notification == null ? NotificationConfiguration.EMPTY : notification;
    }

    BucketState withNotification(NotificationConfiguration n) {
        return new BucketState(name, accountId, region, created, n);
    }
}
