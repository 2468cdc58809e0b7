/**
 * The sandbox's public API: {@link dev.carerecord.sdk.sandbox.Sandbox} and its builder, the URLs, the catalogue
 * of synthetic patients and organisations, the OAuth clients ({@link dev.carerecord.sdk.sandbox.SandboxOAuth}),
 * fault injection, the request log, the JUnit 5 extension and the standalone main. Every other package of this
 * module is internal and may change without notice.
 */
package dev.carerecord.sdk.sandbox;
