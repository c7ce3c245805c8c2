package se.redaktionen.web.internal;

import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import se.redaktionen.DateRange;
import se.redaktionen.web.ControlCharacters;

/**
 * The JSON API reads text and dates as the forms do: strings without control characters
 * ({@link ControlCharacterEditor}) and every date and time held to {@link DateRange}. A date outside it
 * fails the read with the field's path, which the API's exception handler turns into a field error.
 */
class InputModule extends SimpleModule {

    InputModule() {
        super("redaktionen-input");
        addDeserializer(String.class, new Text());
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(bean.getBeanClass()) ? new Dated(deserializer)
                        : deserializer;
            }
        });
    }

    private static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return ControlCharacters.strip(super.deserialize(p, ctxt));
        }
    }

    private static final class Dated extends DelegatingDeserializer {

        Dated(ValueDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
            return new Dated(standard);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            return value instanceof TemporalAccessor temporal ? DateRange.check(temporal) : value;
        }
    }
}
