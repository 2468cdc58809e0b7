package dev.carerecord.sdk.model.provenance;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Identifier;
import java.util.List;
import java.util.Optional;

/**
 * A professional (or organisation) who recorded or performed something: name, identifiers (SDS user id, GMC,
 * role profile id), role (e.g. SDS job role), and their organisation.
 */
public record Actor(Optional<String> name, List<Identifier> identifiers, Optional<CodedValue> role,
        Optional<String> organisationOdsCode, Optional<String> organisationName) {

    public Actor {
        name = opt(name);
        identifiers = list(identifiers);
        role = opt(role);
        organisationOdsCode = opt(organisationOdsCode);
        organisationName = opt(organisationName);
    }
}
