package se.redaktionen.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** The demo's texts, one CSV file with a header row per kind under {@code resources/demo/}. */
final class DemoCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private DemoCsv() {
    }

    static List<CSVRecord> read(String file) {
        try (Reader in = new InputStreamReader(new ClassPathResource("demo/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return FORMAT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/" + file, e);
        }
    }

    /** The column's value, or null when it is empty. */
    static String text(CSVRecord record, String column) {
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }
}
