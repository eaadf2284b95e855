package org.supervisionflow.notification.digest;

/** One open item of a digest as the mail lists it; {@code link} is a path of the web app. */
record DigestItem(String campaign, String stage, String dueDate, String status, String link) {
}
