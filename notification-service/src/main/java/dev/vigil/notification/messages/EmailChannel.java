package dev.vigil.notification.messages;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends a message as plain-text email through the configured SMTP server ({@code spring.mail.*});
 * without one, the attempt fails and is retried. */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender,
                 @Value("${vigil.notification.mail.from:vigil@vigil.local}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    Outcome send(MessageView message) {
        if (message.recipient() == null || message.recipient().isBlank()) {
            return Outcome.refused("the directory has no email address for " + message.recipientSubject());
        }
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return Outcome.failed(null, "no SMTP server is configured (spring.mail.host)");
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("X-Vigil-Message-Id", message.id().toString());
            mail.send(mime);
            return Outcome.delivered(null);
        } catch (MessagingException | MailException e) {
            return Outcome.failed(null, "SMTP: " + e.getMessage());
        }
    }
}
