package se.redaktionen.web.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import se.redaktionen.support.PostgresInitializer;
import se.redaktionen.support.TestData;

/**
 * The application on a running server, as in production: a per-address limit small enough to reach, secure
 * cookies, and the client address taken from X-Forwarded-For of a trusted proxy. The shared test context lifts
 * the address limit, because all its tests log in from 127.0.0.1. Every class with this annotation shares one
 * context; each test logs in from addresses of its own ({@link Logins#freshAddress()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "redaktionen.security.address-max-failures=" + Logins.ADDRESS_MAX_FAILURES,
        "server.servlet.session.cookie.secure=true"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import(TestData.class)
@interface LoginLimitTest {
}
