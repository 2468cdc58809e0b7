package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class R4MappingContextTest {

    @Test
    void of_buildsAnR4SourceRef() {
        R4MappingContext context = R4MappingContext.of(SourceKind.IPS_DOCUMENT, "ShCR", "https://x/fhir", "RR8",
                R4Fixtures.RETRIEVED, "c-1", " ");

        assertThat(context.source().fhirVersion()).isEqualTo("4.0.1");
        assertThat(context.source().kind()).isEqualTo(SourceKind.IPS_DOCUMENT);
        assertThat(context.defaultProviderOdsCode()).as("blank reads as none").isEmpty();
        assertThat(context.fallbackProviderOdsCode()).contains("RR8");
    }

    @Test
    void nonR4SourcesAreRefused() {
        assertThatThrownBy(() -> R4MappingContext.of(SourceKind.GP_CONNECT_STU3, "GPC", null, null,
                R4Fixtures.RETRIEVED, null, null)).isInstanceOf(IllegalArgumentException.class);
        SourceRef stu3 = new SourceRef(SourceKind.SHARED_CARE_RECORD_R4, "3.0.1", "ShCR", null, null,
                R4Fixtures.RETRIEVED, null);
        assertThatThrownBy(() -> new R4MappingContext(stu3, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
