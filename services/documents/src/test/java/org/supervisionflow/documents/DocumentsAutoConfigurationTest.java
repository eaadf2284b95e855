package org.supervisionflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The font bean every service gets, its defaults and its settings. */
class DocumentsAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DocumentsAutoConfiguration.class));

    @Test
    void theDefaultIsWenQuanYiZenHeiFromDebiansPackage() {
        context.run(app -> assertThat(app.getBean(CjkFont.class))
                .hasToString("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei"));
    }

    @Test
    void theFontAndItsNameInACollectionAreSettings() {
        context.withPropertyValues("supervision.documents.cjk-font=/opt/fonts/other.ttc",
                "supervision.documents.cjk-font-name=Other")
                .run(app -> assertThat(app.getBean(CjkFont.class)).hasToString("/opt/fonts/other.ttc#Other"));
    }

    @Test
    void aServicesOwnFontBeanWins() {
        CjkFont own = new CjkFont(new File("/opt/fonts/own.ttf"), "ignored");

        context.withBean(CjkFont.class, () -> own)
                .run(app -> assertThat(app.getBean(CjkFont.class)).isSameAs(own).hasToString("/opt/fonts/own.ttf"));
    }
}
