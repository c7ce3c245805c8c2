package se.redaktionen.response.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.web.ControlCharacters;

/**
 * Reads responses from a CSV file (UTF-8, comma or semicolon separated, a header row) and records each
 * good row on its own, so that one bad row never takes others with it and nothing is half-imported.
 * A row whose platform id is already on the channel is "already there", not an error; without a
 * platform id the row's content makes one, so importing the same file twice stores nothing twice.
 */
@Component
class ResponseCsvImport {

    static final List<String> COLUMNS = List.of("channel", "platform_id", "kind", "author_name", "author_handle",
            "text", "received_at");
    /** A line's fields in the order its problems are reported, the first one only. */
    private static final List<String> PROBLEM_ORDER = List.of("channelId", "kind", "text", "authorName",
            "authorHandle", "platformId", "receivedAt");
    private static final Map<String, String> COLUMN_OF = Map.of("authorName", "author_name", "authorHandle",
            "author_handle", "platformId", "platform_id");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

    /** A row that was not imported: its line in the file and why, as a message key and its arguments. */
    public record Problem(long line, String reason, Object[] arguments) {
    }

    /** A row whose response was there before: its line and the response. */
    public record Existing(long line, long responseId) {
    }

    public record Outcome(int imported, List<Existing> alreadyThere, List<Problem> refused, String fileProblem,
                   Object[] fileProblemArguments) {

        static Outcome refusedFile(String reason, Object... arguments) {
            return new Outcome(0, List.of(), List.of(), reason, arguments);
        }
    }

    private final ManualResponses manual;
    private final Channels channels;
    private final ZoneId zone;

    ResponseCsvImport(ManualResponses manual, Channels channels, RedaktionenProperties properties) {
        this.manual = manual;
        this.channels = channels;
        this.zone = properties.timeZone();
    }

    Outcome read(byte[] bytes, StaffUser user) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Outcome.refusedFile("response.import.notUtf8");
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        content = ControlCharacters.strip(content);
        if (content.isBlank()) {
            return Outcome.refusedFile("response.import.empty");
        }
        String headerLine = content.lines().findFirst().orElse("");
        char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        long[] lineStarts = lineStarts(content);
        int imported = 0;
        List<Existing> alreadyThere = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        List<ChannelSummary> known = channels.all();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                return Outcome.refusedFile("response.import.empty");
            }
            Map<String, Integer> header = header(records.next());
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return Outcome.refusedFile("response.import.headerMissing", String.join(", ", missing),
                        String.join(",", COLUMNS));
            }
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
                    refused.add(new Problem(nextLine, "response.import.malformed", new Object[0]));
                    break;
                }
                long line = lineOf(record.getCharacterPosition(), lineStarts);
                nextLine = parser.getCurrentLineNumber() + 1;
                Row row = row(record, header, line, known);
                if (row.problem() != null) {
                    refused.add(row.problem());
                    continue;
                }
                try {
                    ManualResponses.Logged logged = manual.log(row.response(), user);
                    ResponseRecorder.Recorded recorded = logged.recorded();
                    if (!logged.problems().isEmpty()) {
                        refused.add(problem(line, logged.problems(), row));
                    } else if (recorded.created()) {
                        imported++;
                    } else {
                        alreadyThere.add(new Existing(line, recorded.response().getId()));
                    }
                } catch (DataIntegrityViolationException raced) {
                    // A twin stored meanwhile comes back as already there; this is any other refusal.
                    refused.add(new Problem(line, "response.import.notStored", new Object[0]));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return Outcome.refusedFile("response.import.unreadable");
        }
        return new Outcome(imported, alreadyThere, refused, null, null);
    }

    /** A line read: the response it holds, or why it holds none; {@code received} as the line wrote it. */
    private record Row(Problem problem, ManualResponse response, String received) {

        static Row refused(long line, String reason, Object... arguments) {
            return new Row(new Problem(line, reason, arguments), null, null);
        }
    }

    /** The channel and kind as the file names them; the rest is checked where the response is recorded. */
    private Row row(CSVRecord record, Map<String, Integer> header, long line, List<ChannelSummary> known) {
        if (record.size() < header.size()) {
            return Row.refused(line, "response.import.tooFewColumns", header.size(), record.size());
        }
        String channelValue = value(record, header, "channel");
        if (channelValue.isEmpty()) {
            return Row.refused(line, "response.import.channelRequired");
        }
        Optional<ChannelSummary> channel = known.stream()
                .filter(c -> c.name().equalsIgnoreCase(channelValue) || String.valueOf(c.id()).equals(channelValue))
                .findFirst();
        if (channel.isEmpty()) {
            return Row.refused(line, "response.import.channelUnknown", channelValue);
        }
        String kindValue = value(record, header, "kind");
        ResponseKind kind = Lenient.parse(ResponseKind.class, kindValue);
        if (kind == null) {
            return Row.refused(line, "response.import.kindUnknown", kindValue);
        }
        String text = value(record, header, "text");
        String authorName = value(record, header, "author_name");
        String authorHandle = value(record, header, "author_handle");
        String platformId = value(record, header, "platform_id");
        String receivedValue = value(record, header, "received_at");
        Instant receivedAt = receivedValue.isEmpty() ? null : instant(receivedValue);
        if (platformId.isEmpty()) {
            platformId = "csv-" + digest(channel.get().id() + "\n" + receivedAt + "\n" + authorName + "\n"
                    + authorHandle + "\n" + text);
        }
        return new Row(null, new ManualResponse(channel.get().id(), platformId, kind, authorName, authorHandle, text,
                receivedAt, null, Response.Source.CSV), receivedValue);
    }

    /** How the import report words the first problem of a line's response, in the order of the file's columns. */
    private static Problem problem(long line, List<ManualResponse.Problem> problems, Row row) {
        ManualResponse.Problem first = ManualResponse.Problem.first(problems, PROBLEM_ORDER).orElseThrow();
        return switch (first.check()) {
            case TEXT_REQUIRED -> new Problem(line, "response.import.textRequired", new Object[0]);
            case TEXT_TOO_LONG -> new Problem(line, "response.import.textTooLong",
                    new Object[] {ManualResponse.MAX_TEXT});
            case TOO_LONG -> new Problem(line, "response.import.fieldTooLong",
                    new Object[] {COLUMN_OF.get(first.field()), ManualResponse.MAX_FIELD});
            case RECEIVED_REQUIRED -> row.received().isEmpty()
                    ? new Problem(line, "response.import.receivedRequired", new Object[0])
                    : new Problem(line, "response.import.receivedInvalid", new Object[] {row.received()});
            case RECEIVED_FUTURE -> new Problem(line, "response.import.receivedFuture", new Object[] {row.received()});
            default -> throw new IllegalStateException("a line's channel, kind and post are read before: " + first);
        };
    }

    /** ISO-8601 with an offset, or a Swedish local time {@code yyyy-MM-dd HH:mm}. */
    private Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            header.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        String value = record.get(header.get(column));
        return value == null ? "" : value.strip();
    }

    private static long[] lineStarts(String content) {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                starts.add((long) i + 1);
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The 1-based line on which the character at {@code position} stands. */
    private static long lineOf(long position, long[] lineStarts) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (lineStarts[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1L;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }

    private static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
