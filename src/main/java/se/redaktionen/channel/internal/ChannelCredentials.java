package se.redaktionen.channel.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.Platforms;

/** Reads and writes a channel's credentials, only ever through the cipher. */
@Component
public class ChannelCredentials {

    /**
     * The secrets each kind of platform needs, in the order its own settings page lists them. Practice
     * channels publish inside Redaktionen and manual ones by hand: they take none.
     */
    static final Map<ChannelKind, List<String>> FIELDS = fields();

    private final CredentialCipher cipher;
    private final Platforms platforms;

    ChannelCredentials(CredentialCipher cipher, Platforms platforms) {
        this.cipher = cipher;
        this.platforms = platforms;
    }

    public Map<String, String> read(Channel channel) {
        return open(channel.encryptedCredentials());
    }

    /** Secrets sealed with the credentials' key, for a while outside the database (a Connect flow in a session). */
    byte[] seal(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cipher.encrypt(out.toString());
    }

    Map<String, String> open(byte[] sealed) {
        Map<String, String> values = new TreeMap<>();
        if (sealed == null) {
            return values;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(cipher.decrypt(sealed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** Merges the typed values over the stored ones: an empty field keeps what is stored. */
    void update(Channel channel, Map<String, String> typed) {
        Map<String, String> values = read(channel);
        List<String> allowed = FIELDS.get(channel.getKind());
        values.keySet().retainAll(allowed);
        typed.forEach((field, v) -> {
            String name = nameFor(channel.getKind(), field);
            if (allowed.contains(name) && v != null && !v.isBlank()) {
                values.put(name, v.strip());
            }
        });
        write(channel, values);
    }

    /** What Connect brought replaces everything stored: the old secrets belonged to another authorization. */
    void replace(Channel channel, Map<String, String> connected) {
        clear(channel);
        update(channel, connected);
    }

    void clear(Channel channel) {
        channel.storeCredentials(null);
    }

    /**
     * Whether every secret the channel's platform needs is stored, but those the installation's app gives every
     * channel of the kind (X's consumer key and secret); practice and manual channels need none.
     */
    public boolean complete(Channel channel) {
        List<String> needed = new ArrayList<>(FIELDS.get(channel.getKind()));
        needed.removeAll(platforms.installationCredentials(channel.getKind()));
        return needed.isEmpty() || read(channel).keySet().containsAll(needed);
    }

    /** Names of the stored secrets the channel's kind uses, in the kind's order; never their values. */
    List<String> storedNames(Channel channel) {
        Map<String, String> stored = read(channel);
        return FIELDS.get(channel.getKind()).stream().filter(stored::containsKey).toList();
    }

    /** Whether something was typed for a secret the kind does not take: refused, never silently dropped. */
    static boolean typedForAnotherKind(ChannelKind kind, Map<String, String> typed) {
        return typed.entrySet().stream().anyMatch(e -> e.getValue() != null && !e.getValue().isBlank()
                && !FIELDS.get(kind).contains(nameFor(kind, e.getKey())));
    }

    /**
     * The secret a typed field is for. The page names each field with its kind as well
     * ({@code WORDPRESS_COM.accessToken}), since two kinds may take a secret of the same name and a new
     * channel's page offers every kind's fields; the API names the secret alone. A field of another kind
     * is for none of this kind's secrets.
     */
    private static String nameFor(ChannelKind kind, String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return field;
        }
        return field.substring(0, dot).equals(kind.name()) ? field.substring(dot + 1) : "";
    }

    private static Map<ChannelKind, List<String>> fields() {
        Map<ChannelKind, List<String>> fields = new EnumMap<>(ChannelKind.class);
        for (ChannelKind kind : ChannelKind.values()) {
            fields.put(kind, kind.credentialNames());
        }
        return Collections.unmodifiableMap(fields);
    }

    private void write(Channel channel, Map<String, String> values) {
        channel.storeCredentials(values.isEmpty() ? null : seal(values));
    }
}
