package se.redaktionen.channel.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import se.redaktionen.channel.AudienceSnapshot;

/**
 * The geometry of the server-rendered audience chart: a line per figure over the chosen period, with
 * markers on the points, a grid with numbered values and dated ticks. Nothing depends on colour alone:
 * followers are a solid line with filled circles, fans a dashed line with hollow squares, each named in
 * the legend. The SVG has a title and a description; the table beside it has every figure.
 */
record AudienceChart(List<Tick> yTicks, List<Tick> xTicks, List<Series> series) {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    static final int LEFT = 84;
    static final int RIGHT = 700;
    static final int TOP = 20;
    static final int BOTTOM = 250;
    /** More points than this and only every n-th gets a marker, so the line stays readable. */
    static final int MAX_MARKERS = 120;

    /** A value on an axis: where it is (y for the value axis, x for the time axis), its label, its anchor. */
    record Tick(String position, String label, String anchor) {
    }

    /** A marker's centre; a square marker's corner is 3 units up and left of it. */
    record Point(String x, String y) {

        public String left() {
            return fmt(Double.parseDouble(x) - 3);
        }

        public String top() {
            return fmt(Double.parseDouble(y) - 3);
        }
    }

    /** One line: its path, its marker points and its name in the legend. */
    record Series(String name, String path, List<Point> markers, boolean dashed) {
    }

    static AudienceChart of(List<AudienceSnapshot> snapshots, LocalDate from, LocalDate to, String followersName,
                            String fansName, Locale locale) {
        boolean withFans = fansName != null && snapshots.stream().anyMatch(s -> s.fans() != null);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (AudienceSnapshot s : snapshots) {
            min = Math.min(min, s.followers());
            max = Math.max(max, s.followers());
            if (withFans && s.fans() != null) {
                min = Math.min(min, s.fans());
                max = Math.max(max, s.fans());
            }
        }
        if (snapshots.isEmpty()) {
            min = 0;
            max = 1;
        }
        long step = niceStep(Math.max(1, (max - min) / 4.0));
        long low = Math.floorDiv(min, step) * step;
        long high = -Math.floorDiv(-max, step) * step;
        if (high == low) {
            low = Math.max(0, low - step);
            high = high + step;
        }
        Scale scale = new Scale(from, to, low, high);

        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale);
        List<Tick> yTicks = new ArrayList<>();
        for (long v = low; v <= high; v += step) {
            yTicks.add(new Tick(fmt(scale.y(v)), numbers.format(v), "end"));
        }

        long days = ChronoUnit.DAYS.between(from, to);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(days > 300 ? "d MMM yyyy" : "d MMM", locale);
        int tickCount = (int) Math.min(5, Math.max(1, days));
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i <= tickCount; i++) {
            LocalDate day = from.plusDays(Math.round((double) days * i / tickCount));
            String anchor = tickCount == 0 || days == 0 ? "middle" : i == 0 ? "start" : i == tickCount ? "end" : "middle";
            xTicks.add(new Tick(fmt(scale.x(day)), dates.format(day), anchor));
            if (days == 0) {
                break;
            }
        }

        List<Series> series = new ArrayList<>();
        series.add(line(followersName, snapshots, AudienceSnapshot::followers, scale, false));
        if (withFans) {
            series.add(line(fansName, snapshots.stream().filter(s -> s.fans() != null).toList(),
                    AudienceSnapshot::fans, scale, true));
        }
        return new AudienceChart(yTicks, xTicks, series);
    }

    private static Series line(String name, List<AudienceSnapshot> points, ToIntFunction<AudienceSnapshot> value,
                               Scale scale, boolean dashed) {
        StringBuilder path = new StringBuilder();
        List<Point> markers = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(points.size() / (double) MAX_MARKERS));
        for (int i = 0; i < points.size(); i++) {
            AudienceSnapshot s = points.get(i);
            String x = fmt(scale.x(s.countedOn()));
            String y = fmt(scale.y(value.applyAsInt(s)));
            path.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
            if (i % every == 0 || i == points.size() - 1) {
                markers.add(new Point(x, y));
            }
        }
        return new Series(name, path.toString(), markers, dashed);
    }

    /** 1, 2 or 5 times a power of ten, at least 1: counts are whole numbers. */
    static long niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(1, Math.round(nice * power));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private record Scale(LocalDate from, LocalDate to, long low, long high) {

        double x(LocalDate day) {
            long span = ChronoUnit.DAYS.between(from, to);
            if (span == 0) {
                return (LEFT + RIGHT) / 2.0;
            }
            return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, day) / (double) span;
        }

        double y(long value) {
            return BOTTOM - (BOTTOM - TOP) * (value - low) / (double) (high - low);
        }
    }
}
