package dev.carerecord.sdk.model;

import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes stable entry ids. The same item read twice from the same source and provider gets the same id: the id
 * hashes the source kind, the provider's ODS code, and the item's business identifier where it has one (else
 * its resource type and id). Ids reveal nothing of the item.
 */
public final class EntryIds {
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(EntryIds::sha256);
    private static final HexFormat HEX = HexFormat.of();

    private EntryIds() {
    }

    /** The id for a source item. */
    public static String of(SourceKind kind, String providerOdsCode, String resourceType,
            Optional<Identifier> businessIdentifier, String resourceId) {
        String key = businessIdentifier
                .map(id -> "b|" + withoutScheme(CodeSystems.normalise(id.system().orElse(""))) + "|" + id.value())
                .orElse("r|" + resourceType + "|" + resourceId);
        String seed = kind.name() + "|" + (providerOdsCode == null ? "" : providerOdsCode) + "|" + key;
        return prefix(resourceType) + "-" + hash(seed);
    }

    /** Identifier systems differ between sources only by scheme often enough that it must not change the id. */
    private static String withoutScheme(String system) {
        int colon = system.indexOf("://");
        return colon < 0 ? system : system.substring(colon + 3);
    }

    private static String prefix(String resourceType) {
        StringBuilder letters = new StringBuilder();
        for (char c : resourceType.toCharArray()) {
            if (Character.isUpperCase(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.length() == 0 ? "e" : letters.toString();
    }

    private static String hash(String seed) {
        // one digest per thread: looking the algorithm up for every entry cost more than hashing the seed
        byte[] digest = SHA_256.get().digest(seed.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
