package dev.carerecord.sdk.core.cache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns cached results into text and back, for stores outside the heap ({@link JCacheStore}). Build one with
 * {@link #builder()} by registering each result type with its writer and reader, e.g. the model's JSON-B codec:
 * <pre>{@code
 * CacheValueCodec codec = CacheValueCodec.builder()
 *     .register(CareRecord.class, CareRecordJson.compact()::toJson, CareRecordJson.compact()::fromJson)
 *     .build();
 * }</pre>
 * Only registered types are stored or read back: nothing is instantiated from a class name found in the store.
 */
public interface CacheValueCodec {

    /** {@code value} as text, or empty when this codec does not handle its type (it is then not cached). */
    Optional<String> encode(Object value);

    /**
     * The value written by {@link #encode}.
     *
     * @throws IllegalArgumentException when the text cannot be read (the entry is then dropped as a miss)
     */
    Object decode(String text);

    /** A builder of a codec over registered types. */
    static Builder builder() {
        return new Builder();
    }

    /** Registers result types; the first registration a value is an instance of is used. */
    final class Builder {
        private final Map<String, Registration<?>> byTag = new LinkedHashMap<>();

        private Builder() {
        }

        /** Handles values of {@code type} (and its subtypes) with {@code writer} and {@code reader}. */
        public <T> Builder register(Class<T> type, Function<? super T, String> writer,
                Function<String, ? extends T> reader) {
            Objects.requireNonNull(type, "type");
            byTag.put(type.getName(), new Registration<>(type, Objects.requireNonNull(writer, "writer"),
                    Objects.requireNonNull(reader, "reader")));
            return this;
        }

        /** The codec. */
        public CacheValueCodec build() {
            List<Registration<?>> registrations = new ArrayList<>(byTag.values());
            Map<String, Registration<?>> tags = Map.copyOf(byTag);
            return new CacheValueCodec() {
                @Override
                public Optional<String> encode(Object value) {
                    for (Registration<?> r : registrations) {
                        if (r.type.isInstance(value)) {
                            return Optional.of(r.type.getName() + '\n' + r.write(value));
                        }
                    }
                    return Optional.empty();
                }

                @Override
                public Object decode(String text) {
                    int newline = text.indexOf('\n');
                    if (newline < 0) {
                        throw new IllegalArgumentException("not written by this codec");
                    }
                    Registration<?> r = tags.get(text.substring(0, newline));
                    if (r == null) {
                        throw new IllegalArgumentException("type not registered with this codec");
                    }
                    return r.reader.apply(text.substring(newline + 1));
                }
            };
        }

        private record Registration<T>(Class<T> type, Function<? super T, String> writer,
                Function<String, ? extends T> reader) {
            String write(Object value) {
                return writer.apply(type.cast(value));
            }
        }
    }
}
