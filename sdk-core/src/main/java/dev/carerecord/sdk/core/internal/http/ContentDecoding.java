package dev.carerecord.sdk.core.internal.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Decodes {@code Content-Encoding: gzip} bodies, enforcing the size cap on the decoded size too. */
final class ContentDecoding {
    private ContentDecoding() {
    }

    /** True when {@code contentEncoding} (may be null) says the body is gzip; identity and absent are plain. */
    static boolean isGzip(String contentEncoding) {
        return contentEncoding != null && contentEncoding.strip().toLowerCase(Locale.ROOT).matches("(x-)?gzip");
    }

    /** True when {@code contentEncoding} (may be null) needs no decoding. */
    static boolean isIdentity(String contentEncoding) {
        return contentEncoding == null || contentEncoding.isBlank()
                || contentEncoding.strip().equalsIgnoreCase("identity");
    }

    /** The decoded body. */
    static byte[] gunzip(byte[] body, long cap) throws TransportFailure {
        if (body.length == 0) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(body.length * 4, 1 << 20)));
            byte[] chunk = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(chunk)) > 0; ) {
                total += n;
                if (total > cap) {
                    throw new TransportFailure(TransportFailure.Kind.TOO_LARGE,
                            "the decompressed response exceeds the cap of " + cap + " bytes", null);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new TransportFailure(TransportFailure.Kind.TRUNCATED, "the gzip body ended early", e);
        } catch (IOException e) {
            throw new TransportFailure(TransportFailure.Kind.UNDECODABLE, "the gzip body could not be decoded", e);
        }
    }
}
