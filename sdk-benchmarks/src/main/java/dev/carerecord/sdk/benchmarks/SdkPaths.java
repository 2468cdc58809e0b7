package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import dev.carerecord.sdk.fhir.internal.mapping.IpsDocumentMapper;
import dev.carerecord.sdk.fhir.internal.mapping.MappedResources;
import dev.carerecord.sdk.fhir.internal.mapping.R4MappingContext;
import dev.carerecord.sdk.fhir.internal.mapping.UkCoreResourceMapper;
import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.gpconnect.internal.mapping.MappingContext;
import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapper;
import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapping;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The SDK's own parse-and-map paths, called exactly as the clients call them on a response body: STU3 as
 * {@code GpConnectClient} does (lenient parse on the shared context from a reader over the bytes, then
 * {@link StructuredRecordMapper}), R4 through {@code R4Fhir} and the UK Core and IPS mappers.
 */
public final class SdkPaths {
    private static final StructuredRecordMapper STU3_MAPPER = new StructuredRecordMapper(BenchInputs.CLOCK);
    private static final MappingContext STU3_CONTEXT = MappingContext.of(
            new SourceRef(SourceKind.GP_CONNECT_STU3, Stu3Fhir.FHIR_VERSION, "GP Connect",
                    Optional.of("http://127.0.0.1/Y90001/STU3/1/gpconnect/structured"), Optional.of("Y90001"),
                    BenchInputs.CLOCK.instant(), Optional.of("bench")),
            EnumSet.allOf(ClinicalArea.class));
    private static final UkCoreResourceMapper UK_CORE = new UkCoreResourceMapper();
    private static final IpsDocumentMapper IPS = new IpsDocumentMapper();

    private SdkPaths() {
    }

    /** GP Connect: the body as the client parses and maps it. */
    public static StructuredRecordMapping stu3(byte[] body) {
        org.hl7.fhir.dstu3.model.Bundle bundle = Stu3Fhir.parseBundle(
                new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        return STU3_MAPPER.map(bundle, STU3_CONTEXT);
    }

    /** A shared care record search page: parsed and mapped into every section its resources give. */
    public static MappedResources r4Search(byte[] body) {
        org.hl7.fhir.r4.model.Bundle page = R4Fhir.parse(org.hl7.fhir.r4.model.Bundle.class,
                new ByteArrayInputStream(body), "bench");
        return UK_CORE.mapPages(List.of(page), r4Context(SourceKind.SHARED_CARE_RECORD_R4));
    }

    /** An IPS document, parsed and mapped into a record. */
    public static CareRecord ips(byte[] body) {
        org.hl7.fhir.r4.model.Bundle document = R4Fhir.parse(org.hl7.fhir.r4.model.Bundle.class,
                new ByteArrayInputStream(body), "bench");
        return IPS.map(document, r4Context(SourceKind.IPS_DOCUMENT));
    }

    private static R4MappingContext r4Context(SourceKind kind) {
        return R4MappingContext.of(kind, "Shared care record", "http://127.0.0.1/shcr/R4", "Y90001",
                BenchInputs.CLOCK.instant(), "bench", null);
    }
}
