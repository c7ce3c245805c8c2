package se.redaktionen.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the zero-setup demo once, step by step in the order the history happened, each step through the
 * other modules' public services and each skipped when its part is already there (the audience is seeded
 * whenever it is missing). Runs before the application takes requests; the demo clock is back at the real
 * time after every step.
 */
@Component
@DemoMode
class DemoSeeder implements ApplicationRunner {

    private final OrganisationSeed organisation;
    private final GuidelineSeed guidelines;
    private final ChannelSeed channels;
    private final PostSeed posts;
    private final PublicationSeed publications;
    private final ResponseSeed responses;
    private final AudienceSeed audience;
    private final EventSeed events;

    DemoSeeder(OrganisationSeed organisation, GuidelineSeed guidelines, ChannelSeed channels, PostSeed posts,
               PublicationSeed publications, ResponseSeed responses, AudienceSeed audience, EventSeed events) {
        this.organisation = organisation;
        this.guidelines = guidelines;
        this.channels = channels;
        this.posts = posts;
        this.publications = publications;
        this.responses = responses;
        this.audience = audience;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisation.seed();
        guidelines.seed();
        channels.seed();
        PostSeed.Seeded written = posts.seed();
        var published = publications.seed(written);
        responses.seed(published);
        audience.seed();
        events.seed();
    }
}
