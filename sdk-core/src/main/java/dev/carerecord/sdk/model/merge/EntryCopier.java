package dev.carerecord.sdk.model.merge;

import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies an entry record with another provenance and sensitivity, every other component unchanged. Entries are
 * records; the copy goes through the record's canonical constructor, so it stays valid for every entry type
 * (including ones added later). Not part of the public API.
 */
final class EntryCopier {
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private EntryCopier() {
    }

    /** {@code entry} with {@code provenance} and {@code sensitivity}. */
    @SuppressWarnings("unchecked")
    static <E extends Entry> E with(E entry, Provenance provenance, Sensitivity sensitivity) {
        Class<?> type = entry.getClass();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not a record");
        }
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                values[i] = switch (name) {
                    case "provenance" -> provenance;
                    case "sensitivity" -> sensitivity;
                    default -> components[i].getAccessor().invoke(entry);
                };
            }
            Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, t -> canonical(t, components));
            return (E) constructor.newInstance(values);
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e.getCause());
        }
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
        }
    }
}
