package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/posts/12", "/", "/guidelines/3/versions/2"})
    void aPathWithinTheApplicationIsKept(String path) {
        assertThat(LocalPath.of(path)).contains(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/posts/1", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "posts/12", " /posts/12", "/posts/12\r\nLocation: https://evil.example",
            "/\t/evil.example", "/posts/12?next=https://evil.example", "/posts/%2F%2Fevil.example"})
    void anythingThatCouldLeaveTheApplicationIsRefused(String candidate) {
        assertThat(LocalPath.of(candidate)).isEmpty();
    }
}
