package se.redaktionen.channel.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.ChannelKind;
import se.redaktionen.organisation.People;

/**
 * The library's three blogs, its Facebook page and its X account with their responsible people, and
 * the MySpace account it once closed, and one sandbox per kind of platform, seeded once.
 */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(15)
class ChannelDemoData implements ApplicationRunner {

    private final ChannelRepository channels;
    private final People people;
    private final Clock clock;

    ChannelDemoData(ChannelRepository channels, People people, Clock clock) {
        this.channels = channels;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (channels.count() > 0) {
            return;
        }
        add("Bloggen Boktips", ChannelKind.WORDPRESS_BLOG, null, "https://boktips.bibliotek.botkyrka.example",
                "Boktips från personalen", "anna.lind", "leila.karimi", LocalDate.of(2012, 3, 1));
        add("Bloggen Barn och unga", ChannelKind.WORDPRESS_BLOG, null, "https://barn.bibliotek.botkyrka.example",
                "För barn, unga och föräldrar", "sara.nilsson", "ahmed.yusuf", LocalDate.of(2014, 9, 1));
        add("Bloggen Evenemang", ChannelKind.WORDPRESS_BLOG, null, "https://evenemang.bibliotek.botkyrka.example",
                "Program och evenemang", "johan.berg", "niklas.falk", LocalDate.of(2016, 1, 15));
        add("Facebook: Botkyrka bibliotek", ChannelKind.FACEBOOK_PAGE, "\n\n{signature}", "botkyrkabibliotek",
                "Nyheter, evenemang och dialog", "demo-editor", "omar.haddad", LocalDate.of(2010, 5, 3));
        add("Twitter/X: @botkyrkabibl", ChannelKind.TWITTER, " /{firstName}, {branch}", "@botkyrkabibl",
                "Korta nyheter och direktrapporter", "omar.haddad", "demo-editor", LocalDate.of(2011, 2, 7));
        addSandbox("Övning: blogg", ChannelKind.WORDPRESS_BLOG, null, "Bloggen Boktips");
        addSandbox("Övning: Facebook", ChannelKind.FACEBOOK_PAGE, "\n\n{signature}", "Facebook-sidan");
        addSandbox("Övning: X", ChannelKind.TWITTER, " /{firstName}, {branch}", "X-kontot");
        Channel myspace = add("MySpace: Botkyrka bibliotek", ChannelKind.MANUAL, null, "botkyrkabibliotek",
                "Musik och unga", "johan.berg", "erik.holm", LocalDate.of(2007, 6, 1));
        myspace.retire(LocalDate.of(2011, 12, 31), "Publiken har flyttat till andra kanaler.");
    }

    private Channel add(String name, ChannelKind kind, String signature, String handle, String purpose,
                        String responsible, String deputy, LocalDate started) {
        Channel channel = new Channel(name, kind, signature, clock.instant());
        channel.describe(name, kind, handle, null, purpose, person(responsible), person(deputy), started, signature);
        return channels.save(channel);
    }

    /** Sandboxes let newcomers see the whole flow and practise, with the rules of the real account. */
    private void addSandbox(String name, ChannelKind practisesAs, String signature, String standsFor) {
        Channel sandbox = add(name, ChannelKind.SANDBOX, signature, null, "Övningskanal som följer reglerna för "
                + standsFor + "; inget lämnar Redaktionen.", "demo-editor", "anna.lind", LocalDate.of(2026, 1, 1));
        sandbox.practiseAs(practisesAs);
    }

    private long person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }
}
