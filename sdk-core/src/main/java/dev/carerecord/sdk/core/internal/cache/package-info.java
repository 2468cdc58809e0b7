/** Internal, not API: the cache engine, key building and the Caffeine store. May change in any release. */
package dev.carerecord.sdk.core.internal.cache;
