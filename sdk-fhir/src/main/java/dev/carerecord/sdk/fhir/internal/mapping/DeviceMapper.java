package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.DeviceEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;

/**
 * DeviceUseStatement (with the Device it names) and a Device on its own to {@link DeviceEntry} (section DEVICES).
 * The device type is the Device's {@code type}, else its first name; the period is the statement's timing. Not part
 * of the public API.
 */
final class DeviceMapper {
    private DeviceMapper() {
    }

    static PlacedEntry statement(DeviceUseStatement statement, MappingSession session) {
        EntryFactory entries = session.entries();
        Optional<Device> device = statement.hasDevice()
                ? session.resolve(statement.getDevice(), statement, "device", Device.class) : Optional.empty();
        CodedValue type = device.map(DeviceMapper::type)
                .orElseGet(() -> R4Types.text(statement.getDevice().getDisplay()).map(CodedValue::ofText)
                        .orElse(CodedValue.EMPTY));
        List<String> notes = R4Types.notes(statement.getNote());
        DeviceEntry entry = new DeviceEntry(entries.id(statement), entries.provenance(statement),
                entries.sensitivity(statement), type, R4Types.code(statement.getStatusElement()),
                R4Types.periodOf(statement.getTiming()), coded(statement.getBodySite()), notes);
        return new PlacedEntry(SectionKind.DEVICES, entry);
    }

    static PlacedEntry device(Device device, MappingSession session) {
        EntryFactory entries = session.entries();
        DeviceEntry entry = new DeviceEntry(entries.id(device), entries.provenance(device),
                entries.sensitivity(device), type(device), R4Types.code(device.getStatusElement()), null, null,
                R4Types.notes(device.getNote()));
        return new PlacedEntry(SectionKind.DEVICES, entry);
    }

    private static CodedValue type(Device device) {
        return coded(device.getType()).orElseGet(() -> device.getDeviceName().stream()
                .map(n -> R4Types.text(n.getName())).flatMap(Optional::stream).findFirst()
                .map(CodedValue::ofText).orElse(CodedValue.EMPTY));
    }
}
