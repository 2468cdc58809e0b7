/**
 * Internal: the OAuth 2.0 token endpoint ({@code POST /oauth2/token}) with the NHS England APIM signed-JWT
 * ({@code private_key_jwt}) flow and a client-secret flow, the registry of clients and the issued bearer
 * tokens the sandbox's protected R4 APIs accept. Not part of the public API.
 */
package dev.carerecord.sdk.sandbox.oauth;
