package org.supervisionflow.testsupport;

import java.util.HashMap;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points every Spring test context of an {@link EmbeddedInfrastructure} test at the embedded servers from inside the
 * context, whenever it loads; a test's own properties still win. Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configurationAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, EmbeddedInfrastructure.class)
                ? new EmbeddedServersFirst()
                : null;
    }

    /** Equal to every other instance, so contexts stay cached across test classes. */
    private record EmbeddedServersFirst() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            // Where the system properties of the extension would stand: above the application's files and the
            // environment, below what a test class sets itself (@SpringBootTest properties, @TestPropertySource).
            context.getEnvironment().getPropertySources().addBefore(
                    StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                    new MapPropertySource("embeddedInfrastructure",
                            new HashMap<>(EmbeddedInfrastructureExtension.properties())));
        }
    }
}
