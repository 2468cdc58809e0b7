package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.HttpHeaders;

/** A response as read off the wire and decoded: status, headers, body within the cap. */
record RawResponse(int status, HttpHeaders headers, byte[] body) {
}
