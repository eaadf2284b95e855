package org.supervisionflow.review.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.review.Fixtures.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.review.Api;
import org.supervisionflow.review.Fixtures;
import org.supervisionflow.review.KafkaIntegrationSupport;
import org.supervisionflow.review.ReviewServiceTest;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Auditors acting at the same moment: one claim wins, and simultaneous decisions never share a notice number. */
@ReviewServiceTest
class ConcurrentReviewIntegrationTest extends KafkaIntegrationSupport {

    ConcurrentReviewIntegrationTest(@Autowired TestRestTemplate http) {
        super(http);
    }

    @Test
    void ofAuditorsClaimingAtOnceExactlyOneGetsTheReview() throws Exception {
        Fixtures.Opened opened = fixtures.openedReview("minzheng");
        List<Callable<ResponseEntity<JsonNode>>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String auditor = TestTokens.token("auditor-" + i, "审核员" + i, List.of("auditor"), null);
            claims.add(() -> api.post(opened.path() + "/claim", null, auditor));
        }

        List<Integer> statuses = all(claims).stream().map(response -> response.getStatusCode().value()).toList();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void decisionsTakenAtOnceGetDistinctConsecutiveNoticeNumbers() throws Exception {
        List<Callable<ResponseEntity<JsonNode>>> decisions = new ArrayList<>();
        for (String department : List.of("minzheng", "sifa", "shichang", "minzheng", "sifa")) {
            Fixtures.Opened opened = fixtures.claimedReview(department);
            fixtures.score(opened, "5", "4");
            decisions.add(() -> api.post(opened.path() + "/decision", Map.of("decision", "ACCEPT_WITH_FINDINGS",
                    "findings", List.of(finding(opened, 0, "GENERAL", "执法案卷不规范"), finding(opened, 1, "SERIOUS",
                            "出庭应诉率低"))), TestTokens.auditor()));
        }

        List<Integer> numbers = new ArrayList<>();
        for (ResponseEntity<JsonNode> response : all(decisions)) {
            Api.expect(response, 200).get("findings").findValuesAsText("noticeNumber")
                    .forEach(notice -> numbers.add(Integer.parseInt(notice.replaceAll(".*第(\\d+)号", "$1"))));
        }

        assertThat(numbers).hasSize(10).doesNotHaveDuplicates();
        assertThat(numbers.stream().mapToInt(Integer::intValue).max().getAsInt()
                - numbers.stream().mapToInt(Integer::intValue).min().getAsInt()).isEqualTo(9);
    }

    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : executor.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdown();
        }
    }
}
