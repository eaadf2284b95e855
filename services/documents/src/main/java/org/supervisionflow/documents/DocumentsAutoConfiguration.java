package org.supervisionflow.documents;

import java.io.File;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service that depends on this module the same {@link CjkFont} bean, configured by
 * {@code supervision.documents.cjk-font} (a TrueType file or collection) and {@code supervision.documents.cjk-font-name}
 * (the font within a collection), so the property names and defaults live in one place.
 */
@AutoConfiguration
public class DocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CjkFont cjkFont(@Value("${supervision.documents.cjk-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") File file,
            @Value("${supervision.documents.cjk-font-name:WenQuanYiZenHei}") String name) {
        return new CjkFont(file, name);
    }
}
