/**
 * EventBridge scheduled rules for the engine: {@link dojo.lambda.schedule.ScheduleExpression} parses
 * {@code rate(...)} and {@code cron(...)} with AWS's rules, {@link dojo.lambda.schedule.Scheduler}
 * fires due rules when ticked (by a real-time loop, or by tests with any instant), and
 * {@link dojo.lambda.schedule.EventBridgeService} serves the EventBridge JSON protocol (signing name
 * {@code events}) and keeps each account's rules under the data directory.
 */
package dojo.lambda.schedule;
