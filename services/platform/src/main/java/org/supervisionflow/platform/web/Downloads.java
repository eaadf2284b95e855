package org.supervisionflow.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files the services hand out (workbooks, Word and PDF documents, evidence): a Content-Disposition that keeps a
 * Chinese file name intact ({@code filename*}, RFC 5987, beside an encoded {@code filename}).
 */
public final class Downloads {

    private Downloads() {
    }

    /** To be saved, never shown in the page. */
    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
        return file(content, type, attachmentHeader(fileName));
    }

    /** Shown by the browser where it can (a PDF in its viewer), saved under the name otherwise. */
    public static ResponseEntity<byte[]> inline(byte[] content, MediaType type, String fileName) {
        return file(content, type, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build()
                .toString());
    }

    /** The header value for a file streamed by the caller itself. */
    public static String attachmentHeader(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(content);
    }
}
