package org.supervisionflow.notification.delivery;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Sends one HTML mail over SMTP (Spring Mail). */
@Component
class Mailer {

    private final JavaMailSender mail;
    private final DeliveryProperties properties;

    Mailer(JavaMailSender mail, DeliveryProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    void send(String to, String subject, String html) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(html, true);
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the mail to " + to + ": " + e.getMessage(), e);
        }
    }
}
