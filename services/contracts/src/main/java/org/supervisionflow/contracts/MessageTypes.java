package org.supervisionflow.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps records to CloudEvent types and back: {@code supervision.<topic>.<RecordName>.v1}. Derived from
 * the sealed interfaces of {@link Topic}, so a new record is registered by adding it to its interface.
 */
public final class MessageTypes {

    private static final String VERSION_SUFFIX = ".v1";

    private static final Map<String, Class<?>> CLASSES_BY_TYPE = Arrays.stream(Topic.values())
            .flatMap(topic -> Arrays.stream(topic.messageType().getPermittedSubclasses()))
            .collect(Collectors.toUnmodifiableMap(MessageTypes::typeOf, Function.identity()));

    private MessageTypes() {
    }

    public static String typeOf(Class<?> messageClass) {
        Topic topic = Topic.carrying(messageClass)
                .orElseThrow(() -> new IllegalArgumentException(messageClass + " travels on no topic"));
        return "supervision." + topic.typePrefix() + "." + messageClass.getSimpleName() + VERSION_SUFFIX;
    }

    public static Optional<Class<?>> classOf(String cloudEventType) {
        return Optional.ofNullable(CLASSES_BY_TYPE.get(cloudEventType));
    }

    public static Topic topicOf(Class<?> messageClass) {
        return Topic.carrying(messageClass)
                .orElseThrow(() -> new IllegalArgumentException(messageClass + " travels on no topic"));
    }
}
