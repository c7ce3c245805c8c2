package se.redaktionen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.redaktionen.channel.internal.ChannelProperties;

/** Which addresses would carry credentials in clear, and when that needs an admin's confirmation. */
class PlainHttpTest {

    @Test
    void plainHttpToAnotherMachineExposesTheCredentials() {
        assertThat(PlainHttp.exposes("http://blogg.example")).isTrue();
        assertThat(PlainHttp.exposes("HTTP://192.168.1.20:8080/blogg")).isTrue();
        assertThat(PlainHttp.exposes("http://127.0.0.1.example")).isTrue();
        assertThat(PlainHttp.exposes("http://bad host/")).isTrue();
    }

    @Test
    void httpsAndThisMachineDoNot() {
        assertThat(PlainHttp.exposes("https://blogg.example")).isFalse();
        assertThat(PlainHttp.exposes("http://localhost:8089/blogg")).isFalse();
        assertThat(PlainHttp.exposes("http://127.0.0.1:8089")).isFalse();
        assertThat(PlainHttp.exposes("http://[::1]:8089")).isFalse();
        assertThat(PlainHttp.exposes("@botkyrkabibl")).isFalse();
        assertThat(PlainHttp.exposes((String) null)).isFalse();
    }

    @Test
    void productionNeedsTheAdminsConfirmationWhileTheZeroSetupTrialOnlyWarns() {
        ChannelProperties production = new ChannelProperties(true);
        ChannelProperties trial = new ChannelProperties(false);

        assertThat(production.allowsPlainHttp(false)).isFalse();
        assertThat(production.allowsPlainHttp(true)).isTrue();
        assertThat(trial.allowsPlainHttp(false)).isTrue();
    }
}
