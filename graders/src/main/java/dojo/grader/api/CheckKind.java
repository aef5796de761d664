package dojo.grader.api;

/**
 * What a check is about; a lab needs a known-wrong variant failing each kind it uses. Closed
 * set: handle with a switch expression without default.
 */
public enum CheckKind {
    /** The response equals or matches what the events call for. */
    CORRECTNESS,
    /** The handler finishes inside its timeout, or stops cleanly in time and reports progress. */
    TIMEOUT,
    /** The handler processes more data than its memory holds and stays under a memory budget. */
    MEMORY,
    /** A repeated delivery (in turn, concurrently, after a timeout) has its side effect once. */
    IDEMPOTENCY,
    /** Every environment, new or recycled, gives the same answers. */
    STATELESSNESS,
    /** INIT stays under a budget. */
    COLD_START,
    /** Warm duration or GB-seconds for a workload stay under a budget. */
    COST
}
