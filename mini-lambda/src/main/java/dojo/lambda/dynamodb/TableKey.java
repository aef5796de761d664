package dojo.lambda.dynamodb;

import java.util.Objects;

/** An item's primary key: partition value and sort value ({@link Value.Null} for tables without a sort key). */
record TableKey(Value partition, Value sort) {
    static final Value NO_SORT = new Value.Null();

    TableKey {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sort, "sort");
    }
}
