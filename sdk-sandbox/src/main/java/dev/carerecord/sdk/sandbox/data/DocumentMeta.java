package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDateTime;

/** A document held by the practice: metadata plus a small synthetic content. */
public record DocumentMeta(String id, String businessId, Code type, String description, LocalDateTime created,
                           String authorOds, String contentType, String content, boolean confidential)
        implements Item {
    /** The content size in bytes (UTF-8). */
    public int size() {
        return content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
