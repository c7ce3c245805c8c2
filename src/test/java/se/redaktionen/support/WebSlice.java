package se.redaktionen.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mockito.Answers;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.response.Responses;

/**
 * What every {@code @WebMvcTest} here needs besides its controller and the beans that controller uses: the
 * navigation's model advices ({@code ReviewCount}, {@code ResponseCount}) are {@code @ControllerAdvice}s,
 * so the slice takes them in, and they ask the post and response modules for their counts (mocks that
 * answer zeros). A slice has
 * Boot's default security (everything needs a login, CSRF on), not the application's
 * {@code SecurityConfiguration}: who may call a route is the {@code RouteRoleMatrixTest}'s business, a slice
 * checks binding and errors. The application's settings come along for the layout ({@code GlobalModel}), and
 * the multipart resolver for the web module's {@code MultipartBodyFilter}, which the slice takes in as a filter;
 * messages and templates are the application's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@EnableConfigurationProperties(RedaktionenProperties.class)
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
@MockitoBean(types = {PostDirectory.class, Responses.class}, answers = Answers.RETURNS_MOCKS)
public @interface WebSlice {
}
