package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.fhir.shcr.ServerCapabilities;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;

/**
 * Reads a CapabilityStatement into {@link ServerCapabilities}: the {@code server} rest entries' resources,
 * interactions, search parameters and includes; {@code $everything} and {@code $summary} found by operation name
 * ({@code everything}, {@code summary}, with or without {@code $}) or by a definition ending in
 * {@code /OperationDefinition/Patient-everything} or {@code /OperationDefinition/summary}, declared on the
 * Patient resource or at the rest level. Not part of the public API.
 */
public final class CapabilityReader {
    private CapabilityReader() {
    }

    /** The capabilities {@code statement} states. */
    public static ServerCapabilities read(CapabilityStatement statement) {
        Map<String, Set<String>> interactions = new HashMap<>();
        Map<String, Set<String>> params = new HashMap<>();
        Map<String, Set<String>> includes = new HashMap<>();
        boolean everything = false;
        boolean summary = false;
        for (CapabilityStatementRestComponent rest : statement.getRest()) {
            if (rest.getMode() != null && rest.getMode() != CapabilityStatement.RestfulCapabilityMode.SERVER) {
                continue;
            }
            for (CapabilityStatementRestResourceOperationComponent op : rest.getOperation()) {
                everything |= is(op, "everything", "/OperationDefinition/Patient-everything");
                summary |= is(op, "summary", "/OperationDefinition/summary");
            }
            for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
                String type = resource.getType();
                if (type == null || type.isBlank()) {
                    continue;
                }
                Set<String> codes = interactions.computeIfAbsent(type, t -> new HashSet<>());
                resource.getInteraction().forEach(i -> {
                    if (i.getCode() != null) {
                        codes.add(i.getCode().toCode());
                    }
                });
                Set<String> names = params.computeIfAbsent(type, t -> new HashSet<>());
                resource.getSearchParam().forEach(p -> {
                    if (p.hasName()) {
                        names.add(p.getName());
                    }
                });
                Set<String> inc = includes.computeIfAbsent(type, t -> new HashSet<>());
                resource.getSearchInclude().forEach(s -> {
                    if (s.hasValue()) {
                        inc.add(s.getValue().strip());
                    }
                });
                if ("Patient".equals(type)) {
                    for (CapabilityStatementRestResourceOperationComponent op : resource.getOperation()) {
                        everything |= is(op, "everything", "/OperationDefinition/Patient-everything");
                        summary |= is(op, "summary", "/OperationDefinition/summary");
                    }
                }
            }
        }
        Optional<String> version = statement.hasFhirVersion() && statement.getFhirVersion() != null
                ? Optional.of(statement.getFhirVersion().toCode()) : Optional.empty();
        return new ServerCapabilities(version, interactions, params, includes, everything, summary);
    }

    private static boolean is(CapabilityStatementRestResourceOperationComponent op, String name, String definitionEnd) {
        String n = op.hasName() ? op.getName().strip().toLowerCase(Locale.ROOT) : "";
        if (n.startsWith("$")) {
            n = n.substring(1);
        }
        if (n.equals(name)) {
            return true;
        }
        String definition = op.hasDefinition() ? op.getDefinition() : "";
        int bar = definition.indexOf('|');
        String canonical = bar < 0 ? definition : definition.substring(0, bar);
        return canonical.endsWith(definitionEnd);
    }
}
