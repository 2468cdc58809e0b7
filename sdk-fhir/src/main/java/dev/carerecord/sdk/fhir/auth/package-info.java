/**
 * Credentials for FHIR APIs: the {@link dev.carerecord.sdk.fhir.auth.AccessTokenProvider} SPI (asked on every
 * attempt) with OAuth 2.0 client credentials ({@link dev.carerecord.sdk.fhir.auth.ClientCredentialsTokenProvider})
 * and NHS England APIM signed-JWT ({@link dev.carerecord.sdk.fhir.auth.SignedJwtTokenProvider}) implementations,
 * RSA keys from PEM ({@link dev.carerecord.sdk.fhir.auth.PemPrivateKeys}), a pluggable
 * {@link dev.carerecord.sdk.fhir.auth.JwtSigner}, and API keys ({@link dev.carerecord.sdk.fhir.auth.ApiKeyProvider}).
 */
package dev.carerecord.sdk.fhir.auth;
