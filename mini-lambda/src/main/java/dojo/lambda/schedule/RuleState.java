package dojo.lambda.schedule;

/** Whether a rule's schedule fires. */
enum RuleState {
    ENABLED,
    DISABLED
}
