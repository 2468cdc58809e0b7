package dev.carerecord.sdk.fhir.internal.auth;

import java.math.BigInteger;

/**
 * Reads the few DER (ASN.1) constructs an RSA private key uses: a SEQUENCE header and INTEGERs, with short and
 * long definite lengths. Every read is bounds-checked; malformed input throws {@link IllegalArgumentException}
 * naming the problem, never the content. Not part of the public API.
 */
final class DerReader {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private final byte[] der;
    private int pos;
    private final int end;

    DerReader(byte[] der) {
        this(der, 0, der.length);
    }

    private DerReader(byte[] der, int start, int end) {
        this.der = der;
        this.pos = start;
        this.end = end;
    }

    /** A reader over the content of the SEQUENCE at the current position; moves past it. */
    DerReader sequence() {
        int length = header(SEQUENCE, "SEQUENCE");
        DerReader inner = new DerReader(der, pos, pos + length);
        pos += length;
        return inner;
    }

    /** The INTEGER at the current position; moves past it. */
    BigInteger integer() {
        int length = header(INTEGER, "INTEGER");
        if (length == 0) {
            throw new IllegalArgumentException("empty INTEGER");
        }
        byte[] value = new byte[length];
        System.arraycopy(der, pos, value, 0, length);
        pos += length;
        return new BigInteger(value);
    }

    /** True when everything in this reader's range has been read. */
    boolean atEnd() {
        return pos == end;
    }

    private int header(int expectedTag, String name) {
        if (pos >= end) {
            throw new IllegalArgumentException("expected " + name + " but the data ended");
        }
        int tag = der[pos++] & 0xff;
        if (tag != expectedTag) {
            throw new IllegalArgumentException("expected " + name + " (tag 0x" + Integer.toHexString(expectedTag)
                    + ") but found tag 0x" + Integer.toHexString(tag));
        }
        int length = length();
        if (length > end - pos) {
            throw new IllegalArgumentException(name + " length runs past the end of the data");
        }
        return length;
    }

    private int length() {
        if (pos >= end) {
            throw new IllegalArgumentException("length missing");
        }
        int first = der[pos++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7f;
        if (octets == 0 || octets > 4) {
            throw new IllegalArgumentException("unsupported DER length form");
        }
        if (octets > end - pos) {
            throw new IllegalArgumentException("length runs past the end of the data");
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            length = (length << 8) | (der[pos++] & 0xff);
        }
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("DER length too large");
        }
        return (int) length;
    }
}
