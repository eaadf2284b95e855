package org.supervisionflow.review.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.review.Api.expect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.Messages;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

@ReviewServiceTest
class DocumentIntegrationTest extends KafkaIntegrationSupport {

    private final TestRestTemplate http;

    DocumentIntegrationTest(@Autowired TestRestTemplate http) {
        super(http);
        this.http = http;
    }

    @Test
    void theReviewOpinionReadsInChineseWithItsScoresFindingsAndAnEmbeddedFont() throws IOException {
        Fixtures.Issued issued = fixtures.issuedFindings("minzheng");
        JsonNode review = expect(api.get(issued.review().path(), TestTokens.auditor()), 200);

        try (PDDocument pdf = Loader.loadPDF(download(issued.review().path() + "/opinion", TestTokens.leader("minzheng")))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("审核意见书", Messages.CAMPAIGN_TITLE, "被督察单位：民政局", "审核结论：通过，需整改",
                    "总分：9 / 10.5", "4.1 严格落实行政执法三项制度：5 / 6分。基本到位", "执法公示不及时", "审核人：督察员",
                    review.at("/findings/0/noticeNumber").asText());
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("WenQuanYi");
            });
        }
    }

    @Test
    void theRectificationNoticeNamesTheDepartmentTheProblemAndTheDeadlineInForce() throws IOException {
        Fixtures.Issued issued = fixtures.issuedFindings("sifa");
        JsonNode finding = expect(api.get("/api/findings/" + issued.findingIds().getFirst(), TestTokens.auditor()), 200);

        try (PDDocument pdf = Loader.loadPDF(download("/api/findings/" + issued.findingIds().getFirst() + "/notice",
                TestTokens.submitter("sifa")))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("整改通知书", finding.get("noticeNumber").asText(), "司法局：", "严重程度：较重",
                    "问题描述：执法公示不及时", "整改要求：逐项整改并报送整改材料",
                    "整改期限：" + finding.get("deadline").asText(), "当前状态：整改中");
        }
    }

    @Test
    void anUndecidedReviewHasNoOpinionYet() {
        Fixtures.Opened opened = fixtures.openedReview("shichang");

        assertThat(expect(api.download(opened.path() + "/opinion", TestTokens.auditor()), 409).get("code").asText())
                .isEqualTo("review-not-decided");
        expect(api.download("/api/findings/" + UUID.randomUUID() + "/notice", TestTokens.auditor()), 404);
    }

    private byte[] download(String path, String token) {
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(token)), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        return response.getBody();
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
