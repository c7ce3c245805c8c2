package se.redaktionen.publishing.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelKind;

/** The adapter for each kind of channel. */
@Component
class PlatformAdapters {

    private final Map<ChannelKind, PlatformAdapter> byKind = new EnumMap<>(ChannelKind.class);

    PlatformAdapters(List<PlatformAdapter> adapters) {
        adapters.forEach(a -> byKind.put(a.kind(), a));
    }

    PlatformAdapter forKind(ChannelKind kind) {
        PlatformAdapter adapter = byKind.get(kind);
        if (adapter == null) {
            throw PlatformFailure.permanent(FailureCode.NO_API, null);
        }
        return adapter;
    }
}
