/**
 * Amazon API Gateway HTTP APIs for the engine: {@link dojo.lambda.gateway.GatewayService} serves the
 * v2 management calls (signing name {@code apigateway}) and the public, unsigned endpoint
 * {@code /_gateway/<apiId>/<path>} (or Host {@code <apiId>.execute-api.localhost}) that invokes a
 * function with the payload 2.0 or 1.0 event and maps its response back to HTTP.
 *
 * <pre>
 * request --GatewayAddress--> HttpApi --stage--> RouteTable --RouteMatch--> Integration
 *   --EventV2 / EventV1--> Invoker (sync, integration timeout) --ResponseMapping--> HTTP response
 * </pre>
 */
package dojo.lambda.gateway;
