package se.redaktionen.channel.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin form's edit request as the page sends it: the channel unchanged, for a test to add to. */
final class ChannelEdits {

    private ChannelEdits() {
    }

    static MockHttpServletRequestBuilder edit(Channel channel, RequestPostProcessor admin) {
        return post("/admin/channels/{id}/edit", channel.getId()).with(admin).with(csrf())
                .param("name", channel.getName()).param("kind", channel.getKind().name())
                .param("responsibleId", String.valueOf(channel.getResponsibleId()))
                .param("deputyId", String.valueOf(channel.getDeputyId()))
                .param("version", String.valueOf(channel.getVersion()));
    }
}
