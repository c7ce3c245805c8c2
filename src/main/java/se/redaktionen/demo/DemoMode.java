package se.redaktionen.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Present only in zero-setup mode ({@code redaktionen.demo-mode=true}); production never sees the demo. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@interface DemoMode {
}
