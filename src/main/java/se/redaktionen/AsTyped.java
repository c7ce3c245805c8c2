package se.redaktionen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field kept as it was typed: not trimmed, and blank stays blank, where every other text field
 * of a form is trimmed ({@code se.redaktionen.web.TrimmedText}). For passwords and secrets, whose
 * spaces are part of them, and for texts whose spaces and lines are the writer's layout (bodies,
 * Markdown, signatures). Control characters go all the same. It lives in the root package because the
 * forms of modules below {@code web} carry it too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AsTyped {
}
