package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresServerTest;
import se.redaktionen.support.TestData;

/**
 * Errors the application does not cause: paths Tomcat refuses before the application sees them, and
 * the error page asked for directly. Requests go over a raw socket, as a client may send them.
 */
@PostgresServerTest
class ContainerErrorsTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    /** (A raw {@code <} in the path breaks the request line itself: Tomcat knows no path, so it gets the page.) */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/posts/%00", "/api/v1/responses/%3Cscript%3E", "/api/v1/posts/%2e%2e/%2e%2e/x"})
    void anApiPathTomcatRefusesIsAProblemDocumentInTheCallersLanguage(String path) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((data.staff().getUsername() + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400", "\"detail\":\"The request is not valid.\"")
                .doesNotContain("<html", "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/posts/%00", "/posts/<script>"})
    void aPagePathTomcatRefusesIsAShortPageInSwedishWithoutTomcatsReport(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html")
                .contains("<html lang=\"sv\">", "<main id=\"main\"", "href=\"/\"")
                .doesNotContain("HTTP Status", "Tomcat", "<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "STAFF", "EDITOR", "ADMIN"})
    void theErrorPageAskedForDirectlyIsNotFoundForEveryone(String role) throws Exception {
        StaffUser person = role.isEmpty() ? null : data.person(Role.valueOf(role));
        mvc.perform(signedIn(get("/error").accept(MediaType.TEXT_HTML), person)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(signedIn(get("/error").accept(MediaType.APPLICATION_JSON), person)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/json"})
    void onTheServerTheErrorPageAskedForDirectlyIsNotFound(String accept) throws IOException {
        String response = raw("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 404");
    }

    /** The request as the person, or from nobody signed in. */
    private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, StaffUser person) {
        return person == null ? request : request.with(as(person));
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
