package org.supervisionflow.gateway.problem;

import java.util.Locale;
import java.util.Map;

/** A sentence a person reads, in Chinese and English. */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** English when the caller asked for English, Chinese otherwise (the offices' language). */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }

    Map<String, String> asMap() {
        return Map.of("zh-CN", zh, "en", en);
    }
}
