package se.redaktionen.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the public writes and what the library answers ({@code response-lines.csv}, by group), the names
 * the public go by ({@code public-names.csv}), the notes left on answers given elsewhere and the two
 * spammers ({@code spam.csv}).
 */
record ResponseLines(Map<String, List<Line>> groups, List<String> firstNames, List<String> lastNames,
                     List<String> elsewhereNotes, List<Spam> spam) {

    /** Something the public writes, and what the library answers to it. */
    record Line(String text, String answer) {
    }

    /** A spam comment, its author, and whether it was removed (else hidden, with a reason). */
    record Spam(String author, String handle, Line line, boolean removed, String reasonText) {
    }

    static ResponseLines read() {
        Map<String, List<Line>> groups = DemoCsv.read("response-lines.csv").stream().collect(Collectors.groupingBy(
                r -> r.get("group"), Collectors.mapping(r -> new Line(r.get("text"), r.get("answer")),
                        Collectors.toList())));
        var names = DemoCsv.read("public-names.csv");
        return new ResponseLines(groups,
                names.stream().filter(n -> n.get("part").equals("first")).map(n -> n.get("name")).toList(),
                names.stream().filter(n -> n.get("part").equals("last")).map(n -> n.get("name")).toList(),
                DemoCsv.read("elsewhere-notes.csv").stream().map(n -> n.get("note")).toList(),
                DemoCsv.read("spam.csv").stream().map(s -> new Spam(s.get("author"), s.get("handle"),
                        new Line(s.get("text"), null), Boolean.parseBoolean(s.get("removed")),
                        DemoCsv.text(s, "reason_text"))).toList());
    }

    List<Line> group(String name) {
        return groups.get(name);
    }
}
