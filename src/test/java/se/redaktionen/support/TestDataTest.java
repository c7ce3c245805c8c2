package se.redaktionen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.channel.Channels;
import se.redaktionen.guideline.Guidelines;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.post.PostSummary;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.OpenResponse;
import se.redaktionen.response.Responses;

/** The builder the other tests stand on leaves each thing in the state its name promises. */
@PostgresTest
class TestDataTest {

    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;
    @Autowired
    PostDirectory posts;
    @Autowired
    Publications publications;
    @Autowired
    Channels channels;
    @Autowired
    Guidelines guidelines;
    @Autowired
    Responses responses;

    @Test
    void peopleAreNewEachTimeWithTheirRoleAndCanSignIn() throws Exception {
        StaffUser one = data.editor();
        StaffUser two = data.editor();

        assertThat(one.getUsername()).isNotEqualTo(two.getUsername());
        assertThat(one.getRole()).isEqualTo(Role.EDITOR);
        assertThat(data.person(Role.ADMIN, data.branch()).getRole()).isEqualTo(Role.ADMIN);
        mvc.perform(get("/admin/people").with(as(data.admin()))).andExpect(status().isOk());
        mvc.perform(get("/admin/people").with(as(one))).andExpect(status().isForbidden());
    }

    @Test
    void anAuthorHasAcknowledgedEveryGuideline() {
        assertThat(guidelines.allAcknowledgedBy(data.author().getPersonId())).isTrue();
        assertThat(guidelines.allAcknowledgedBy(data.staff().getPersonId())).isFalse();
    }

    @Test
    void postsStandWhereTheirNameSays() {
        StaffUser author = data.author();
        long channel = data.channel(ChannelKind.SANDBOX);

        long draft = data.draft(author, channel);
        long submitted = data.submitted(author, channel);
        long approved = data.approved(author, data.editor(), channel);
        long published = data.published(author, data.editor());

        assertThat(channels.find(channel)).get().matches(c -> c.kind() == ChannelKind.SANDBOX);
        assertThat(posts.draftsOf(author.getPersonId(), 50)).extracting(PostSummary::id).contains(draft);
        assertThat(posts.waitingForReviewOf(author.getPersonId(), 50)).extracting(PostSummary::id)
                .contains(submitted).doesNotContain(draft, approved);
        assertThat(publications.forPost(approved)).extracting(PublicationView::state)
                .containsExactly(PublicationState.PENDING);
        assertThat(publications.forPost(published)).extracting(PublicationView::state)
                .containsExactly(PublicationState.PUBLISHED);
    }

    @Test
    void channelsSignAsTheirTemplateSaysAndPracticeChannelsFollowTheRulesOfWhatTheyPractise() {
        long facebook = data.signedChannel(ChannelKind.FACEBOOK_PAGE, TestData.SIGNED_BELOW, data.editor(),
                data.editor());
        long practisingX = data.practisingX(data.editor());

        assertThat(channels.find(facebook)).get().matches(c -> c.signatureTemplate().equals("\n\n{signature}"));
        assertThat(channels.find(practisingX)).get()
                .matches(c -> c.kind() == ChannelKind.SANDBOX && c.rules() == ChannelKind.TWITTER)
                .matches(c -> c.signatureTemplate().equals(" /{firstName}, {branch}"))
                .matches(c -> c.name().equals(data.channelName(practisingX)));
    }

    @Test
    void aResponseGoesToTheChannelsResponsible() {
        StaffUser responsible = data.editor();
        long channel = data.channel(ChannelKind.SANDBOX, responsible, data.editor());

        long response = data.response(channel);

        assertThat(responses.openFor(responsible.getPersonId(), 50)).extracting(OpenResponse::id).contains(response);
    }
}
