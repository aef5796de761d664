package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.List;

/** A parsed UpdateExpression: its SET, REMOVE, ADD and DELETE actions. */
record UpdateExpression(List<SetAction> sets, List<DocumentPath> removes, List<SetChange> adds, List<SetChange> deletes) {
    UpdateExpression {
        sets = List.copyOf(sets);
        removes = List.copyOf(removes);
        adds = List.copyOf(adds);
        deletes = List.copyOf(deletes);
    }

    /** {@code SET path = value} */
    record SetAction(DocumentPath path, Operand value) {}

    /** {@code ADD path :value} or {@code DELETE path :value} */
    record SetChange(DocumentPath path, Value value) {}

    /** Every path the expression writes, in the order written. */
    List<DocumentPath> paths() {
        List<DocumentPath> all = new ArrayList<>();
        sets.forEach(s -> all.add(s.path()));
        all.addAll(removes);
        adds.forEach(a -> all.add(a.path()));
        deletes.forEach(d -> all.add(d.path()));
        return all;
    }
}
