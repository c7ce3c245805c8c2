package se.redaktionen.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;

import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.NetworkTrouble;
import se.redaktionen.platform.PlatformFailure;

/**
 * What every class of HTTP answer and every kind of I/O error means, for a request that creates
 * something (sent twice, it is there twice) and for one that can simply be sent again. The table in
 * README.md ("Publishing") says the same in words.
 */
class HttpOutcomesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @ParameterizedTest(name = "{0} {1}: creating {2} {3}, idempotent {4} {5}")
    @CsvSource(delimiterString = "|", quoteCharacter = '"', textBlock = """
            301 | Moved Permanently          | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            302 | Found                      | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            303 | See Other                  | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            304 | Not Modified               | UNCERTAIN | UNEXPECTED_RESPONSE  | PERMANENT | UNEXPECTED_RESPONSE
            307 | Temporary Redirect         | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            308 | Permanent Redirect         | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            400 | Bad Request                | PERMANENT | REJECTED             | PERMANENT | REJECTED
            401 | Unauthorized               | PERMANENT | TOKEN_INVALID        | PERMANENT | TOKEN_INVALID
            403 | Forbidden                  | PERMANENT | PERMISSION_DENIED    | PERMANENT | PERMISSION_DENIED
            404 | Not Found                  | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            405 | Method Not Allowed         | UNCERTAIN | UNEXPECTED_RESPONSE  | PERMANENT | UNEXPECTED_RESPONSE
            409 | Conflict                   | PERMANENT | DUPLICATE            | PERMANENT | DUPLICATE
            410 | Gone                       | PERMANENT | NOT_FOUND            | PERMANENT | NOT_FOUND
            413 | Content Too Large          | PERMANENT | REJECTED             | PERMANENT | REJECTED
            418 | I'm a teapot               | UNCERTAIN | UNEXPECTED_RESPONSE  | PERMANENT | UNEXPECTED_RESPONSE
            422 | Unprocessable Content      | PERMANENT | REJECTED             | PERMANENT | REJECTED
            429 | Too Many Requests          | RETRY     | RATE_LIMITED         | RETRY     | RATE_LIMITED
            499 | Client Closed Request      | UNCERTAIN | UNEXPECTED_RESPONSE  | PERMANENT | UNEXPECTED_RESPONSE
            500 | Internal Server Error      | UNCERTAIN | PLATFORM_ERROR       | RETRY     | PLATFORM_ERROR
            501 | Not Implemented            | UNCERTAIN | PLATFORM_ERROR       | RETRY     | PLATFORM_ERROR
            502 | Bad Gateway                | UNCERTAIN | PLATFORM_ERROR       | RETRY     | PLATFORM_UNAVAILABLE
            503 | Service Unavailable        | RETRY     | PLATFORM_UNAVAILABLE | RETRY     | PLATFORM_UNAVAILABLE
            504 | Gateway Timeout            | UNCERTAIN | PLATFORM_ERROR       | RETRY     | PLATFORM_UNAVAILABLE
            505 | HTTP Version Not Supported | UNCERTAIN | PLATFORM_ERROR       | RETRY     | PLATFORM_ERROR
            599 | Network Connect Timeout    | UNCERTAIN | PLATFORM_ERROR       | RETRY     | PLATFORM_ERROR
            """)
    void eachStatusMeansWhatItSaysForACreatingAndForAnIdempotentRequest(int status, String name,
            PlatformFailure.Kind creatingKind, FailureCode creatingCode, PlatformFailure.Kind idempotentKind,
            FailureCode idempotentCode) {
        PlatformFailure creating = HttpOutcomes.fromStatus(status, new HttpHeaders(), name, RequestKind.CREATING, NOW);
        PlatformFailure idempotent = HttpOutcomes.fromStatus(status, new HttpHeaders(), name, RequestKind.IDEMPOTENT,
                NOW);

        assertThat(creating.kind()).isEqualTo(creatingKind);
        assertThat(creating.code()).isEqualTo(creatingCode);
        assertThat(idempotent.kind()).isEqualTo(idempotentKind);
        assertThat(idempotent.code()).isEqualTo(idempotentCode);
        assertThat(creating.httpStatus()).isEqualTo(status);
        assertThat(idempotent.httpStatus()).isEqualTo(status);
    }

    @Test
    void thePlatformsOwnMessageIsKeptAsTheDetail() {
        assertThat(HttpOutcomes.fromStatus(500, new HttpHeaders(), "database gone", RequestKind.CREATING, NOW)
                .detail()).isEqualTo("database gone");
    }

    @Test
    void aRedirectSaysWhereTheSiteHasMoved() {
        HttpHeaders headers = new HttpHeaders();
        headers.setLocation(java.net.URI.create("https://blogg.example/ny/"));

        PlatformFailure moved = HttpOutcomes.fromStatus(301, headers, "ignored", RequestKind.CREATING, NOW);

        assertThat(moved.detail()).isEqualTo("moved to https://blogg.example/ny/");
        assertThat(moved.retryAfter()).isNull();
    }

    @ParameterizedTest(name = "HTTP {0}, {1}")
    @CsvSource({"429, CREATING", "429, IDEMPOTENT", "502, CREATING", "502, IDEMPOTENT", "503, CREATING",
            "503, IDEMPOTENT", "504, CREATING", "504, IDEMPOTENT"})
    void theWaitThePlatformOrItsGatewayAsksForIsKept(int status, RequestKind request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "120");

        assertThat(HttpOutcomes.fromStatus(status, headers, null, request, NOW).retryAfter())
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterAsADateIsTheTimeUntilThenAndNothingOnceItHasPassed() {
        assertThat(HttpOutcomes.retryAfter(header(HttpHeaders.RETRY_AFTER, "Thu, 26 Nov 2026 10:05:00 GMT"), NOW))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(HttpOutcomes.retryAfter(header(HttpHeaders.RETRY_AFTER, "Thu, 26 Nov 2026 09:55:00 GMT"), NOW))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void aNegativeOrUnreadableRetryAfterWaitsNoLongerThanTheBackoff() {
        assertThat(HttpOutcomes.retryAfter(header(HttpHeaders.RETRY_AFTER, "-5"), NOW)).isEqualTo(Duration.ZERO);
        assertThat(HttpOutcomes.retryAfter(header(HttpHeaders.RETRY_AFTER, "soon"), NOW)).isNull();
        assertThat(HttpOutcomes.retryAfter(new HttpHeaders(), NOW)).isNull();
    }

    @Test
    void xsRateLimitResetIsTheTimeUntilThatSecond() {
        assertThat(HttpOutcomes.retryAfter(header("x-rate-limit-reset",
                String.valueOf(NOW.plusSeconds(90).getEpochSecond())), NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(HttpOutcomes.retryAfter(header("x-rate-limit-reset", "never"), NOW)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RequestKind.class)
    void aRequestThatNeverReachedThePlatformIsRetriedWhateverItWouldHaveDone(RequestKind request) {
        PlatformFailure refused = HttpOutcomes.fromIo(io(new ConnectException("Connection refused")), request);

        assertThat(refused.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(refused.code()).isEqualTo(FailureCode.NETWORK);
        assertThat(refused.detail()).isNull();
        assertThat(refused.trouble()).isEqualTo(NetworkTrouble.REFUSED);
        assertThat(HttpOutcomes.fromIo(io(new UnknownHostException("blogg.example")), request).kind())
                .isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(HttpOutcomes.fromIo(io(new HttpConnectTimeoutException("connect timed out")), request).kind())
                .isEqualTo(PlatformFailure.Kind.RETRY);
    }

    @Test
    void aRefusedConnectionIsFoundDeepInTheChainAsTheJdkClientWrapsIt() {
        ConnectException refused = new ConnectException();
        refused.initCause(new ClosedChannelException());

        PlatformFailure failure = HttpOutcomes.fromIo(io(new IOException("wrapped", refused)), RequestKind.CREATING);

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.REFUSED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"request timed out, true", "Read timed out, false"})
    void noAnswerInTimeIsUncertainForACreatingRequestAndRetriedOtherwise(String message, boolean httpClient) {
        IOException timeout = httpClient ? new HttpTimeoutException(message) : new SocketTimeoutException(message);

        PlatformFailure creating = HttpOutcomes.fromIo(io(timeout), RequestKind.CREATING);
        PlatformFailure idempotent = HttpOutcomes.fromIo(io(timeout), RequestKind.IDEMPOTENT);

        assertThat(creating.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(idempotent.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(creating.code()).isEqualTo(FailureCode.TIMEOUT);
        assertThat(creating.trouble()).isEqualTo(NetworkTrouble.TIMED_OUT);
    }

    @Test
    void aConnectionResetAfterSendingIsUncertainForACreatingRequestAndRetriedOtherwise() {
        SocketException reset = new SocketException("Connection reset");

        PlatformFailure creating = HttpOutcomes.fromIo(io(reset), RequestKind.CREATING);

        assertThat(creating.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(creating.code()).isEqualTo(FailureCode.NETWORK);
        assertThat(creating.trouble()).isEqualTo(NetworkTrouble.BROKEN);
        assertThat(HttpOutcomes.fromIo(io(reset), RequestKind.IDEMPOTENT).kind())
                .isEqualTo(PlatformFailure.Kind.RETRY);
    }

    @Test
    void aStreamEndingEarlyIsABrokenConnectionWithNoDetailAsThePlatformSaidNothing() {
        PlatformFailure failure = HttpOutcomes.fromIo(io(new IOException("stream", new EOFException("eof"))),
                RequestKind.CREATING);

        assertThat(failure.detail()).isNull();
        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.BROKEN);
    }

    @Test
    void anErrorWithoutAnyIoErrorInItIsABrokenConnection() {
        PlatformFailure failure = HttpOutcomes.fromIo(new IllegalStateException("closed"), RequestKind.IDEMPOTENT);

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.NETWORK);
        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.BROKEN);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"500", "501", "505", "599"})
    void aServerErrorOtherThanAGatewaysTakesNoWaitFromItsHeaders(int status) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "120");

        assertThat(HttpOutcomes.fromStatus(status, headers, null, RequestKind.IDEMPOTENT, NOW).retryAfter()).isNull();
    }

    @Test
    void aBadGatewayOnACreatingRequestIsReconciledAfterTheWaitTheGatewayAsksFor() {
        PlatformFailure lost = HttpOutcomes.fromStatus(502, header(HttpHeaders.RETRY_AFTER, "30"), "Bad Gateway",
                RequestKind.CREATING, NOW);

        assertThat(lost.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(lost.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(lost.detail()).isEqualTo("Bad Gateway");
    }

    @Test
    void aGatewayTimeoutOnACreatingRequestIsUncertainAndOnAnIdempotentOneRetried() {
        assertThat(HttpOutcomes.fromStatus(504, new HttpHeaders(), null, RequestKind.CREATING, NOW).kind())
                .isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(HttpOutcomes.fromStatus(504, new HttpHeaders(), null, RequestKind.IDEMPOTENT, NOW).kind())
                .isEqualTo(PlatformFailure.Kind.RETRY);
    }

    @Test
    void retryAfterInSecondsMayCarrySpaces() {
        assertThat(HttpOutcomes.retryAfter(header(HttpHeaders.RETRY_AFTER, " 45 "), NOW))
                .isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void retryAfterWinsOverXsRateLimitReset() {
        HttpHeaders headers = header(HttpHeaders.RETRY_AFTER, "10");
        headers.set("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(90).getEpochSecond()));

        assertThat(HttpOutcomes.retryAfter(headers, NOW)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anUnreadableRetryAfterLeavesXsRateLimitResetToSayHowLong() {
        HttpHeaders headers = header(HttpHeaders.RETRY_AFTER, "soon");
        headers.set("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(90).getEpochSecond()));

        assertThat(HttpOutcomes.retryAfter(headers, NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void anXRateLimitResetThatHasPassedWaitsNothing() {
        assertThat(HttpOutcomes.retryAfter(header("x-rate-limit-reset",
                String.valueOf(NOW.minusSeconds(30).getEpochSecond())), NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aTimeoutWhileConnectingIsRetriedForItNeverReachedThePlatform() {
        PlatformFailure failure = HttpOutcomes.fromIo(io(new HttpConnectTimeoutException("connect timed out")),
                RequestKind.CREATING);

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.NETWORK);
        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.TIMED_OUT);
    }

    @Test
    void anUnknownHostIsRetriedAndNamedAsSuch() {
        PlatformFailure failure = HttpOutcomes.fromIo(io(new UnknownHostException("blogg.example")),
                RequestKind.CREATING);

        assertThat(failure.code()).isEqualTo(FailureCode.NETWORK);
        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.HOST_NOT_FOUND);
    }

    @Test
    void theCauseChainIsSearchedFromTheOutsideInAndTheFirstMatchIsReturned() {
        SocketTimeoutException inner = new SocketTimeoutException("inner");
        IOException outer = new IOException("outer", inner);

        assertThat(HttpOutcomes.inChain(outer, SocketTimeoutException.class)).isSameAs(inner);
        assertThat(HttpOutcomes.inChain(outer, IOException.class)).isSameAs(outer);
        assertThat(HttpOutcomes.inChain(outer, ConnectException.class)).isNull();
    }

    /** As Spring's RestClient hands I/O errors on. */
    private static ResourceAccessException io(IOException cause) {
        return new ResourceAccessException("I/O error on POST request", cause);
    }

    private static HttpHeaders header(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }
}
