package dev.carerecord.sdk.core;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking and why: the practitioner (SDS user id, role profile, name, local user id), their organisation,
 * the purpose of use, an optional session and an optional consumer ASID. It travels with every call: it feeds
 * the GP Connect JWT and Spine headers, the audit events, and the cache key (one professional's view is never
 * served to another). Immutable; build with {@link #builder()}. {@link #toString()} never prints names.
 */
public final class RequesterContext {
    private final SdsUserId sdsUserId;
    private final SdsRoleProfileId sdsRoleProfileId;
    private final Optional<String> familyName;
    private final List<String> givenNames;
    private final List<String> namePrefixes;
    private final Optional<String> localUserId;
    private final Optional<String> localUserIdSystem;
    private final Optional<String> practitionerId;
    private final OdsCode organisation;
    private final Optional<String> organisationName;
    private final PurposeOfUse purposeOfUse;
    private final Optional<String> sessionId;
    private final Optional<Asid> consumerAsid;

    private RequesterContext(Builder b) {
        this.sdsUserId = b.sdsUserId;
        this.sdsRoleProfileId = b.sdsRoleProfileId;
        this.familyName = text(b.familyName);
        this.givenNames = List.copyOf(b.givenNames);
        this.namePrefixes = List.copyOf(b.namePrefixes);
        this.localUserId = text(b.localUserId);
        this.localUserIdSystem = text(b.localUserIdSystem);
        this.practitionerId = text(b.practitionerId);
        this.organisation = b.organisation;
        this.organisationName = text(b.organisationName);
        this.purposeOfUse = b.purposeOfUse;
        this.sessionId = text(b.sessionId);
        this.consumerAsid = Optional.ofNullable(b.consumerAsid);
    }

    /** A builder; {@link Builder#sdsUserId} and {@link Builder#organisation} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this context's values, to derive a variant (e.g. another session). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sdsUserId = sdsUserId;
        b.sdsRoleProfileId = sdsRoleProfileId;
        b.familyName = familyName.orElse(null);
        b.givenNames.addAll(givenNames);
        b.namePrefixes.addAll(namePrefixes);
        b.localUserId = localUserId.orElse(null);
        b.localUserIdSystem = localUserIdSystem.orElse(null);
        b.practitionerId = practitionerId.orElse(null);
        b.organisation = organisation;
        b.organisationName = organisationName.orElse(null);
        b.purposeOfUse = purposeOfUse;
        b.sessionId = sessionId.orElse(null);
        b.consumerAsid = consumerAsid.orElse(null);
        return b;
    }

    /** The practitioner's SDS user id (smartcard UUID), or {@link SdsUserId#UNKNOWN}. */
    public SdsUserId sdsUserId() {
        return sdsUserId;
    }

    /** The practitioner's SDS role profile id; {@link SdsRoleProfileId#UNKNOWN} when not given. */
    public SdsRoleProfileId sdsRoleProfileId() {
        return sdsRoleProfileId;
    }

    /** The practitioner's family name, when given. */
    public Optional<String> familyName() {
        return familyName;
    }

    /** The practitioner's given names, in order; empty when none were given. */
    public List<String> givenNames() {
        return givenNames;
    }

    /** The practitioner's name prefixes (e.g. {@code "Dr"}); empty when none were given. */
    public List<String> namePrefixes() {
        return namePrefixes;
    }

    /** The practitioner's user id in the consumer's own system, when given. */
    public Optional<String> localUserId() {
        return localUserId;
    }

    /** The identifier system (an absolute URI) of {@link #localUserId()}, present exactly when it is. */
    public Optional<String> localUserIdSystem() {
        return localUserIdSystem;
    }

    /** The practitioner's local resource id (GP Connect JWT {@code sub} and {@code requesting_practitioner.id}). */
    public Optional<String> practitionerId() {
        return practitionerId;
    }

    /** The requesting organisation's ODS code (the logged-on user's organisation, not the host's). */
    public OdsCode organisation() {
        return organisation;
    }

    /** The requesting organisation's name, when given. */
    public Optional<String> organisationName() {
        return organisationName;
    }

    /** Why the data is asked for; {@link PurposeOfUse#DIRECT_CARE} unless set. */
    public PurposeOfUse purposeOfUse() {
        return purposeOfUse;
    }

    /** The user's session id, when given: it scopes per-session caches. */
    public Optional<String> sessionId() {
        return sessionId;
    }

    /** The consumer system's ASID for this tenant ({@code Ssp-From}), when the deployment is multi-tenant. */
    public Optional<Asid> consumerAsid() {
        return consumerAsid;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RequesterContext o)) {
            return false;
        }
        return sdsUserId.equals(o.sdsUserId) && sdsRoleProfileId.equals(o.sdsRoleProfileId)
                && familyName.equals(o.familyName) && givenNames.equals(o.givenNames)
                && namePrefixes.equals(o.namePrefixes) && localUserId.equals(o.localUserId)
                && localUserIdSystem.equals(o.localUserIdSystem) && practitionerId.equals(o.practitionerId)
                && organisation.equals(o.organisation) && organisationName.equals(o.organisationName)
                && purposeOfUse.equals(o.purposeOfUse) && sessionId.equals(o.sessionId)
                && consumerAsid.equals(o.consumerAsid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sdsUserId, sdsRoleProfileId, familyName, givenNames, namePrefixes, localUserId,
                localUserIdSystem, practitionerId, organisation, organisationName, purposeOfUse, sessionId,
                consumerAsid);
    }

    /** Identifiers only: no names, and the session id is not shown. */
    @Override
    public String toString() {
        return "RequesterContext[sdsUserId=" + sdsUserId + ", sdsRoleProfileId=" + sdsRoleProfileId
                + ", organisation=" + organisation + ", purposeOfUse=" + purposeOfUse
                + ", session=" + (sessionId.isPresent() ? "present" : "none")
                + consumerAsid.map(a -> ", consumerAsid=" + a).orElse("") + "]";
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Collects a {@link RequesterContext}; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {
        private SdsUserId sdsUserId;
        private SdsRoleProfileId sdsRoleProfileId = SdsRoleProfileId.UNKNOWN;
        private String familyName;
        private final List<String> givenNames = new ArrayList<>();
        private final List<String> namePrefixes = new ArrayList<>();
        private String localUserId;
        private String localUserIdSystem;
        private String practitionerId;
        private OdsCode organisation;
        private String organisationName;
        private PurposeOfUse purposeOfUse = PurposeOfUse.DIRECT_CARE;
        private String sessionId;
        private Asid consumerAsid;

        private Builder() {
        }

        /** The practitioner's SDS user id (required). */
        public Builder sdsUserId(SdsUserId value) {
            this.sdsUserId = value;
            return this;
        }

        /** The practitioner's SDS role profile id; {@link SdsRoleProfileId#UNKNOWN} by default. */
        public Builder sdsRoleProfileId(SdsRoleProfileId value) {
            this.sdsRoleProfileId = Objects.requireNonNull(value, "sdsRoleProfileId");
            return this;
        }

        /** The practitioner's family name. */
        public Builder familyName(String value) {
            this.familyName = value;
            return this;
        }

        /** The practitioner's given names, replacing any set before; blanks are dropped. */
        public Builder givenNames(String... values) {
            givenNames.clear();
            Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(givenNames::add);
            return this;
        }

        /** The practitioner's name prefixes (e.g. {@code "Dr"}), replacing any set before; blanks are dropped. */
        public Builder namePrefixes(String... values) {
            namePrefixes.clear();
            Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(namePrefixes::add);
            return this;
        }

        /** The practitioner's user id in the consumer system, and that id's system (an absolute URI). */
        public Builder localUser(String id, String system) {
            this.localUserId = id;
            this.localUserIdSystem = system;
            return this;
        }

        /** The practitioner's local resource id (GP Connect JWT {@code sub}). */
        public Builder practitionerId(String value) {
            this.practitionerId = value;
            return this;
        }

        /** The requesting organisation's ODS code (required). */
        public Builder organisation(OdsCode value) {
            this.organisation = value;
            return this;
        }

        /** The requesting organisation's name. */
        public Builder organisationName(String value) {
            this.organisationName = value;
            return this;
        }

        /** Why the data is asked for; {@link PurposeOfUse#DIRECT_CARE} by default. */
        public Builder purposeOfUse(PurposeOfUse value) {
            this.purposeOfUse = Objects.requireNonNull(value, "purposeOfUse");
            return this;
        }

        /** The user's session id: responses cached under it are served only within the same session. */
        public Builder sessionId(String value) {
            this.sessionId = value;
            return this;
        }

        /** The consumer system's ASID for this tenant ({@code Ssp-From}). */
        public Builder consumerAsid(Asid value) {
            this.consumerAsid = value;
            return this;
        }

        /**
         * The context.
         *
         * @throws InvalidInputException if the SDS user id or the organisation is missing, or the local user id
         *     is given without its system (or the system is not an absolute URI)
         */
        public RequesterContext build() {
            if (sdsUserId == null) {
                throw new InvalidInputException("requester.sdsUserId", "is missing");
            }
            if (organisation == null) {
                throw new InvalidInputException("requester.organisation", "is missing");
            }
            boolean hasId = localUserId != null && !localUserId.isBlank();
            boolean hasSystem = localUserIdSystem != null && !localUserIdSystem.isBlank();
            if (hasId != hasSystem) {
                throw new InvalidInputException("requester.localUser", "the id and its system must be given together");
            }
            if (hasSystem && !isAbsoluteUri(localUserIdSystem.strip())) {
                throw new InvalidInputException("requester.localUser", "the system must be an absolute URI");
            }
            return new RequesterContext(this);
        }

        private static boolean isAbsoluteUri(String text) {
            try {
                return new URI(text).isAbsolute();
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
    }
}
