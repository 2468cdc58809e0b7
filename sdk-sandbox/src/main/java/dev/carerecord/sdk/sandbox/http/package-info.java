/** Internal: the HTTP engine (JDK HttpServer), request/response types, routing to the simulated APIs, fault injection and the request log. */
package dev.carerecord.sdk.sandbox.http;
