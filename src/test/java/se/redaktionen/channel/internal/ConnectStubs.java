package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * The Connect tests' installation: an app registered at Facebook, X and WordPress.com, the platforms (their authorization
 * servers and APIs) on one stub server started once for the run, and the application's clock spied on, so
 * that a test can move it forward.
 * The tests drive the admin's pages with MockMvc in one session per admin, as a browser would.
 */
@PostgresTest
abstract class ConnectStubs {

    static final String FACEBOOK_APP_ID = "1234567890123456";
    static final String FACEBOOK_APP_SECRET = "fb-app-secret-0123456789abcdef";
    // The example consumer credentials of X's own OAuth 1.0a documentation.
    static final String CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog";
    static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    static final String WPCOM_CLIENT_ID = "74562";
    static final String WPCOM_CLIENT_SECRET = "wpcom-client-secret-0123456789abcdef";
    static final String CALLBACKS = "http://localhost/admin/channels/connect/callback/";

    static final WireMockServer platforms = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        platforms.start();
    }

    @DynamicPropertySource
    static void platformsAtTheStub(DynamicPropertyRegistry registry) {
        // A stub's first answers on a busy machine take longer than the 2 s the other tests read within.
        registry.add("redaktionen.platforms.read-timeout", () -> "10s");
        registry.add("redaktionen.platforms.facebook.base-url", platforms::baseUrl);
        registry.add("redaktionen.platforms.facebook.web-url", () -> platforms.baseUrl() + "/web");
        registry.add("redaktionen.platforms.facebook.app-id", () -> FACEBOOK_APP_ID);
        registry.add("redaktionen.platforms.facebook.app-secret", () -> FACEBOOK_APP_SECRET);
        registry.add("redaktionen.platforms.twitter.base-url", platforms::baseUrl);
        registry.add("redaktionen.platforms.twitter.consumer-key", () -> CONSUMER_KEY);
        registry.add("redaktionen.platforms.twitter.consumer-secret", () -> CONSUMER_SECRET);
        registry.add("redaktionen.platforms.wordpress-com.base-url", platforms::baseUrl);
        registry.add("redaktionen.platforms.wordpress-com.authorize-url", platforms::baseUrl);
        registry.add("redaktionen.platforms.wordpress-com.client-id", () -> WPCOM_CLIENT_ID);
        registry.add("redaktionen.platforms.wordpress-com.client-secret", () -> WPCOM_CLIENT_SECRET);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ChannelRepository channels;
    @Autowired
    ChannelCredentials credentials;
    /** The application's clock (the zero-setup mode's, which the tests run in), for a test to move forward. */
    @MockitoSpyBean(name = "demoClock")
    Clock clock;

    @BeforeEach
    void freshStubs() {
        platforms.resetAll();
    }

    /** From now on the application's time is {@code later} ahead of the real time (until the test ends). */
    void timePasses(Duration later) {
        doAnswer(call -> Instant.now().plus(later)).when(clock).instant();
    }

    /** An admin signed in in a browser of their own. */
    record Admin(StaffUser user, MockHttpSession session) {
    }

    Admin admin() {
        return new Admin(data.admin(), new MockHttpSession());
    }

    /** The admin presses Connect on the channel's edit page. */
    ResultActions connect(Admin admin, long channel) throws Exception {
        return mvc.perform(get("/admin/channels/{id}/connect", channel).with(TestData.as(admin.user()))
                .session(admin.session()));
    }

    /** Where Connect sent the admin. */
    URI authorizeAddress(Admin admin, long channel) throws Exception {
        return URI.create(connect(admin, channel).andReturn().getResponse().getRedirectedUrl());
    }

    /** The admin pressed Connect: the state Facebook will send back. */
    String stateOfNewFlow(Admin admin, long channel) throws Exception {
        return query(authorizeAddress(admin, channel), "state");
    }

    /** A Facebook page channel whose Connect a new admin has started. */
    record Started(Admin admin, long channel, String state) {
    }

    /** A channel of the kind whose Connect a new admin has started. */
    Started started(ChannelKind kind) throws Exception {
        Admin admin = admin();
        long channel = data.channel(kind);
        return new Started(admin, channel, stateOfNewFlow(admin, channel));
    }

    Started facebookFlow() throws Exception {
        return started(ChannelKind.FACEBOOK_PAGE);
    }

    /** The platform sends the admin who started the flow back with these parameters and the flow's state. */
    ResultActions comesBack(Started flow, String platform, Map<String, String> parameters) throws Exception {
        Map<String, String> withState = new HashMap<>(parameters);
        withState.put("state", flow.state());
        return callback(flow.admin(), platform, withState);
    }

    static String editPage(Started flow) {
        return "/admin/channels/" + flow.channel() + "/edit#connect";
    }

    /** Facebook sends the admin back with the code. */
    ResultActions facebookReturns(Started flow, Admin as, String code) throws Exception {
        return callback(as, "facebook-page", Map.of("code", code, "state", flow.state()));
    }

    static ResultActions refusedAs(ResultActions page, String reason) throws Exception {
        return page.andExpect(status().isOk())
                .andExpect(content().string(containsString("data-connect-refused=\"" + reason + "\"")));
    }

    /** What every refused step promises: the platform was asked nothing and the channel holds nothing. */
    void nothingAskedNorStored(long channel) {
        platforms.verify(0, anyRequestedFor(anyUrl()));
        assertThat(stored(channel)).isEmpty();
    }

    static String query(URI address, String name) {
        return UriComponentsBuilder.fromUri(address).build().getQueryParams().getFirst(name);
    }

    /** The platform sends the admin's browser back with these parameters. */
    ResultActions callback(Admin admin, String platform, Map<String, String> parameters) throws Exception {
        var request = get("/admin/channels/connect/callback/{platform}", platform).with(TestData.as(admin.user()))
                .session(admin.session());
        parameters.forEach((name, value) -> request.queryParam(name, value));
        return mvc.perform(request);
    }

    ResultActions choose(Admin admin, String key, String account) throws Exception {
        return mvc.perform(post("/admin/channels/connect/choose").param("key", key).param("account", account)
                .with(csrf()).with(TestData.as(admin.user())).session(admin.session()));
    }

    /** The admin confirms the one account offered: until then nothing is stored. */
    ResultActions confirmOnly(Admin admin, ResultActions offered) throws Exception {
        String page = offered.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher options = Pattern.compile("data-connect-option=\"([^\"]+)\"").matcher(page);
        assertThat(options.find()).as("the page offers an account").isTrue();
        String only = options.group(1);
        assertThat(options.find()).as("the page offers one account").isFalse();
        return choose(admin, choiceKey(page), only);
    }

    /** The choice's key, from the hidden field of the page that lists the accounts. */
    static String choiceKey(String page) {
        Matcher m = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page offers a choice").isTrue();
        return m.group(1);
    }

    Channel channel(long id) {
        return channels.findById(id).orElseThrow();
    }

    Map<String, String> stored(long id) {
        return credentials.read(channel(id));
    }
}
