package se.redaktionen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

/** The reason is read from the whole chain, as the JDK client and RestFB wrap it differently. */
class NetworkTroubleTest {

    @Test
    void theJdkClientsWrappedReasonsAreFound() {
        assertThat(NetworkTrouble.of(wrapped(connect(new ClosedChannelException())))).isEqualTo(NetworkTrouble.REFUSED);
        assertThat(NetworkTrouble.of(wrapped(connect(new UnresolvedAddressException()))))
                .isEqualTo(NetworkTrouble.HOST_NOT_FOUND);
        assertThat(NetworkTrouble.of(wrapped(connect(new NoRouteToHostException("No route to host")))))
                .isEqualTo(NetworkTrouble.NO_ROUTE);
        assertThat(NetworkTrouble.of(wrapped(new HttpConnectTimeoutException("connect timed out"))))
                .isEqualTo(NetworkTrouble.TIMED_OUT);
        assertThat(NetworkTrouble.of(wrapped(new SSLHandshakeException("PKIX path building failed"))))
                .isEqualTo(NetworkTrouble.TLS);
    }

    @Test
    void restFbsPlainSocketReasonsAreFound() {
        assertThat(NetworkTrouble.of(new UnknownHostException("graph.invalid"))).isEqualTo(NetworkTrouble.HOST_NOT_FOUND);
        assertThat(NetworkTrouble.of(new SocketTimeoutException("Read timed out"))).isEqualTo(NetworkTrouble.TIMED_OUT);
        assertThat(NetworkTrouble.of(new ConnectException("Connection refused"))).isEqualTo(NetworkTrouble.REFUSED);
    }

    @Test
    void anythingElseIsABrokenConnection() {
        assertThat(NetworkTrouble.of(wrapped(new IOException("Connection reset")))).isEqualTo(NetworkTrouble.BROKEN);
    }

    private static ConnectException connect(Throwable cause) {
        ConnectException e = new ConnectException();
        e.initCause(cause);
        return e;
    }

    private static ResourceAccessException wrapped(IOException cause) {
        return new ResourceAccessException("I/O error", cause);
    }
}
