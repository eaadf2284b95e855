package org.supervisionflow.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

/**
 * The outside servers notification-service talks to, one of each per test JVM on free ports: GreenMail as the SMTP
 * server, and the JDK's HTTP server as the SMS webhook, recording what it was sent and failing the next requests on
 * demand. Pointed at through system properties before the Spring context loads.
 */
public final class TestServers implements BeforeAllCallback {

    static final String SMS_SECRET = "test-sms-secret";

    private static GreenMail mail;
    private static HttpServer sms;
    private static final List<SmsRequest> SMS_REQUESTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SMS_FAILURES_TO_COME = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    private static synchronized void start() {
        if (mail != null) {
            return;
        }
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        try {
            sms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sms.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = SMS_FAILURES_TO_COME.getAndUpdate(left -> Math.max(left - 1, 0)) > 0;
            SMS_REQUESTS.add(new SmsRequest(body, exchange.getRequestHeaders().getFirst("X-Webhook-Secret"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), !fail));
            exchange.sendResponseHeaders(fail ? 503 : 202, -1);
            exchange.close();
        });
        sms.start();
        System.setProperty("supervision.notification.sms.webhook.url",
                "http://127.0.0.1:" + sms.getAddress().getPort() + "/sms");
    }

    public static GreenMail mail() {
        return mail;
    }

    /** Everything the SMS webhook was sent so far, in order. */
    public static List<SmsRequest> smsRequests() {
        return List.copyOf(SMS_REQUESTS);
    }

    /** The next {@code count} SMS requests are answered 503, as a provider that is down would. */
    public static void failNextSms(int count) {
        SMS_FAILURES_TO_COME.set(count);
    }

    /** One request the SMS webhook received, and whether it answered success. */
    public record SmsRequest(String body, String secret, String contentType, boolean accepted) {
    }
}
