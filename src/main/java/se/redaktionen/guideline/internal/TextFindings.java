package se.redaktionen.guideline.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What each rule looks for in a text. Pure functions: the rules' configuration is applied by the caller. */
final class TextFindings {

    private static final Pattern IDENTITY_NUMBER_CANDIDATE =
            Pattern.compile("(?<![\\p{N}\\-+])((?:19|20)?)(\\d{6})([-+]?)(\\d{4})(?![\\p{N}])");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.+-])[\\w.%+-]+@([\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\p{N}+])(?:\\+46|0046|0)[\\s-]?\\(?\\d{1,3}\\)?(?:[\\s-]?\\d){5,9}(?![\\p{N}])");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)");
    private static final Pattern HTTP_LINK = Pattern.compile("(?i)\\bhttp://[^\\s<>\"]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_.]+)");
    /** A one-word hashtag in one case is fine up to this many letters; longer ones are likely several words. */
    private static final int LONGEST_PLAIN_HASHTAG = 6;

    private TextFindings() {
    }

    /** Swedish personal identity and coordination numbers, masked: only the date part is shown. */
    static List<String> personalIdentityNumbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = IDENTITY_NUMBER_CANDIDATE.matcher(text);
        while (m.find()) {
            if (isIdentityNumber(m)) {
                found.add(m.group(1) + m.group(2) + (m.group(3).isEmpty() ? "-" : m.group(3)) + "****");
            }
        }
        return found;
    }

    private static boolean isIdentityNumber(MatchResult candidate) {
        return validDate(candidate.group(1), candidate.group(2)) && luhn(candidate.group(2) + candidate.group(4));
    }

    /** E-mail addresses outside the given domains (the organisation's own), and phone numbers. */
    static List<String> contactDetails(String text, Collection<String> ownDomains) {
        Set<String> found = new LinkedHashSet<>();
        List<String> own = ownDomains.stream().map(d -> d.replaceFirst("^@", "").toLowerCase(Locale.ROOT)).toList();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            String domain = email.group(1).toLowerCase(Locale.ROOT);
            if (own.stream().noneMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
                found.add(email.group());
            }
        }
        // An identity number is its own rule's finding, not also a phone number.
        String withoutIdentityNumbers = IDENTITY_NUMBER_CANDIDATE.matcher(text)
                .replaceAll(m -> isIdentityNumber(m) ? " " : Matcher.quoteReplacement(m.group()));
        Matcher phone = PHONE.matcher(withoutIdentityNumbers);
        while (phone.find()) {
            found.add(phone.group().strip());
        }
        return List.copyOf(found);
    }

    /** Whole-word, case-insensitive occurrences of the banned words and phrases. */
    static List<String> bannedWords(String text, Collection<String> banned) {
        List<String> found = new ArrayList<>();
        for (String word : banned) {
            String w = word.strip();
            if (w.isEmpty()) {
                continue;
            }
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Hashtags long enough to be several words but written in one case, which screen readers garble. */
    static List<String> hashtagsNotInCamelCase(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            String tag = m.group(1);
            long letters = tag.codePoints().filter(Character::isLetter).count();
            boolean hasUpper = tag.codePoints().anyMatch(Character::isUpperCase);
            boolean hasLower = tag.codePoints().anyMatch(Character::isLowerCase);
            if (letters > LONGEST_PLAIN_HASHTAG && (hasUpper != hasLower)) {
                found.add(m.group());
            }
        }
        return found;
    }

    static List<String> insecureLinks(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = HTTP_LINK.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("[.,;:!?)]+$", ""));
        }
        return found;
    }

    /** Mentions of any of the given handles (compared without '@' and case). */
    static List<String> mentions(String text, Collection<String> handles) {
        Set<String> wanted = new LinkedHashSet<>();
        handles.forEach(h -> wanted.add(h.replaceFirst("^@", "").toLowerCase(Locale.ROOT)));
        List<String> found = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1).replaceAll("\\.+$", "");
            if (wanted.contains(handle.toLowerCase(Locale.ROOT))) {
                found.add("@" + handle);
            }
        }
        return found;
    }

    /** The given handles wherever they stand in the text, with or without '@', as whole words. */
    static List<String> handlesIn(String text, Collection<String> handles) {
        List<String> found = new ArrayList<>();
        for (String handle : handles) {
            String name = handle.replaceFirst("^@", "");
            if (name.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_.])@?" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static boolean validDate(String century, String yymmdd) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        // A coordination number's day is the day of birth plus 60: 61 to 91.
        if (day >= 61) {
            day -= 60;
        }
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        // Without the century the year is unknown, so 29 February may be a leap day.
        boolean leap = century.isEmpty() || java.time.Year.isLeap(Integer.parseInt(century + yymmdd.substring(0, 2)));
        int[] lengths = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= lengths[month - 1];
    }

    /** The Luhn check over the ten digits YYMMDDNNNC: C is the check digit of the nine before it. */
    static boolean luhn(String tenDigits) {
        return checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    /**
     * The Luhn check digit of YYMMDDNNN: the digits are weighted 2, 1, 2, 1, …, the digits of each product
     * added up, and the check digit is what brings that sum up to a whole ten.
     */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (2 - i % 2);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
