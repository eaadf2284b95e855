package org.supervisionflow.review.document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.documents.CjkFont;
import org.supervisionflow.documents.PdfPages;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.finding.Finding;
import org.supervisionflow.review.finding.FindingLabels;
import org.supervisionflow.review.finding.Findings;
import org.supervisionflow.review.review.IndicatorScore;
import org.supervisionflow.review.review.Review;
import org.supervisionflow.review.review.ReviewDecisions;
import org.supervisionflow.review.review.ReviewQueue;
import org.supervisionflow.review.review.ReviewStatus;
import org.supervisionflow.review.scoring.ScoreSheet;

/** Writes a decided review's opinion (审核意见书) and a finding's rectification notice (整改通知书) as PDF. */
@Service
public class Documents {

    private static final String OFFICE = "法治督察办公室";

    private final ReviewQueue reviews;
    private final ReviewDecisions decisions;
    private final Findings findings;
    private final CjkFont font;
    private final Clock clock;

    Documents(ReviewQueue reviews, ReviewDecisions decisions, Findings findings, CjkFont font, Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.findings = findings;
        this.font = font;
        this.clock = clock;
    }

    /**
     * The opinion on a decided review the caller may see: decision, scores per indicator, totals and grade, return
     * reasons or findings.
     *
     * @throws ProblemException 404 when the caller may not see it, 409 {@code review-not-decided}
     */
    @Transactional(readOnly = true)
    public Pdf reviewOpinion(UUID reviewId, CurrentUser user) {
        Review review = reviews.find(reviewId, user)
                .orElseThrow(() -> ProblemException.notFound(Text.of("审核", "Review"), reviewId));
        if (review.status() != ReviewStatus.DECIDED) {
            throw ProblemException.conflict("review-not-decided", Text.of("审核尚未作出结论，还没有审核意见",
                    "The review is not decided, so it has no opinion yet"));
        }
        ScoreSheet sheet = decisions.scoring(review).totals();
        List<Finding> issued = findings.ofReview(review.id());
        return render(review.departmentName() + "-审核意见书.pdf", pages -> {
            pages.title("审核意见书").centred(review.campaignTitle()).gap()
                    .field("被督察单位", review.departmentName())
                    .field("报告版本", "第" + review.reportVersion() + "版")
                    .field("审核结论", decision(review.decision().decision()))
                    .field("总分", points(sheet.totalScore()) + " / " + points(sheet.maxScore())
                            + (sheet.maxScore().compareTo(sheet.fullMaxScore()) != 0
                                    ? "（折算后" + points(sheet.rescaledTotal()) + " / " + points(sheet.fullMaxScore()) + "）" : ""))
                    .field("等次", sheet.vetoed() ? "不合格（一票否决）" : grade(review.grade()))
                    .heading("一、各项指标得分");
            for (IndicatorScore indicator : review.indicators()) {
                pages.field(indicator.code() + " " + indicator.title(), (indicator.score() == null ? "不适用"
                        : points(indicator.score()) + " / " + points(indicator.maxPoints()) + "分")
                        + (indicator.comment() == null ? "" : "。" + indicator.comment())
                        + (indicator.overrideReason() == null ? "" : "（评分规则建议" + points(indicator.overriddenSuggestion())
                                + "分，调整理由：" + indicator.overrideReason() + "）"));
            }
            List<ReturnReason> reasons = review.decision().returnReasons();
            if (!reasons.isEmpty()) {
                pages.heading("二、退回修改理由");
                for (ReturnReason reason : reasons) {
                    pages.field(reason.indicatorId() == null ? "整体" : review.indicator(reason.indicatorId())
                            .map(IndicatorScore::code).orElse("指标"), reason.reason());
                }
            }
            if (!issued.isEmpty()) {
                pages.heading("二、发现的问题（另发整改通知书）");
                for (Finding finding : issued) {
                    pages.field(finding.noticeNumber(), "［" + FindingLabels.severity(finding.severity()) + "］"
                            + finding.description() + "，整改期限" + finding.deadline());
                }
            }
            if (review.decision().comment() != null) {
                pages.gap().field("审核意见", review.decision().comment());
            }
            pages.gap().field("审核人", review.claim().displayName())
                    .gap().right(OFFICE).right(day(review.decision().decidedAt()));
        });
    }

    /**
     * The rectification notice of a finding the caller may see, with its deadline in force.
     *
     * @throws ProblemException 404 when the caller may not see it
     */
    @Transactional(readOnly = true)
    public Pdf rectificationNotice(UUID findingId, CurrentUser user) {
        Finding finding = findings.find(findingId, user)
                .orElseThrow(() -> ProblemException.notFound(Text.of("问题", "Finding"), findingId));
        return render(finding.noticeNumber() + "-整改通知书.pdf", pages -> pages
                .title("整改通知书").centred(finding.noticeNumber()).gap()
                .paragraph(finding.departmentName() + "：")
                .paragraph("在" + finding.campaignTitle() + "审核中，发现你单位存在以下问题，请按要求认真整改，"
                        + "并于整改期限前报送整改情况及佐证材料。")
                .gap()
                .field("指标", finding.indicatorCode() + " " + finding.indicatorTitle())
                .field("严重程度", FindingLabels.severity(finding.severity()))
                .field("问题描述", finding.description())
                .field("整改要求", finding.requiredMeasures())
                .field("整改期限", finding.deadline().toString()
                        + (finding.deadline().equals(finding.originalDeadline()) ? "" : "（已延期，原期限" + finding.originalDeadline() + "）"))
                .field("当前状态", FindingLabels.status(finding.status()))
                .gap().right(OFFICE)
                .right(day(finding.issuedAt())));
    }

    private Pdf render(String fileName, PdfPages.Layout layout) {
        return new Pdf(fileName, PdfPages.render(font, fileName.replace(".pdf", ""), "督察通 review-service", layout));
    }

    private String day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String decision(ReviewDecision decision) {
        return switch (decision) {
            case ACCEPT -> "通过";
            case ACCEPT_WITH_FINDINGS -> "通过，需整改";
            case RETURN -> "退回修改";
        };
    }

    private static String grade(Grade grade) {
        if (grade == null) {
            return "待评定";
        }
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    /** A PDF and the file name to download it as. */
    public record Pdf(String fileName, byte[] content) {
    }
}
