package org.supervisionflow.submission.rectification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;
import org.supervisionflow.submission.report.Actors;
import org.supervisionflow.submission.report.LeaderRejection;
import org.supervisionflow.submission.report.Modification;
import org.supervisionflow.submission.report.ReportLookup;
import org.supervisionflow.submission.report.RichText;
import org.supervisionflow.submission.report.StaleVersions;

/**
 * The department's answers to findings: drafting measures (sanitized, on the version edited), sending them to
 * the leader ({@link RectificationSentForApproval}), and the leader's approval (an immutable numbered answer,
 * {@link RectificationSubmitted}) or rejection with a comment ({@link RectificationApprovalRejected}). All three
 * name the answer by the id it has once approved. Another department's report or finding is not found.
 */
@Service
public class RectificationAnswering {

    private static final Text REPORT = Text.of("报告", "Report");
    private static final Text FINDING = Text.of("整改问题", "Finding");

    private final Rectifications rectifications;
    private final ReportLookup reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationAnswering(Rectifications rectifications, ReportLookup reports, ApplicationEventPublisher events,
            Clock clock) {
        this.rectifications = rectifications;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** The report's rectifications with their approved answers, if the caller may see the report. */
    @Transactional(readOnly = true)
    public List<Rectification> ofReport(UUID reportId, CurrentUser user) {
        if (reports.workspace(reportId, user).isEmpty()) {
            throw ProblemException.notFound(REPORT, reportId);
        }
        return rectifications.ofReport(reportId, user.departmentScope());
    }

    @Transactional
    public Rectification saveMeasures(UUID reportId, UUID findingId, long editedVersion, String measures,
            CurrentUser user) {
        Rectification rectification = lock(reportId, findingId, user);
        rectification.requireStatus(RectificationStatus.OPEN, "rectification-not-editable", Text.of("修改", "changed"));
        StaleVersions.check(editedVersion, rectification.version(), rectification.lastModified(), clock);
        Rectification drafted = rectification.drafted(RichText.sanitize(measures),
                new Modification(Actors.drafter(user), clock.instant()));
        rectifications.update(rectification, drafted);
        return drafted;
    }

    @Transactional
    public Rectification sendForApproval(UUID reportId, UUID findingId, CurrentUser user) {
        Rectification rectification = lock(reportId, findingId, user);
        Actor submitter = Actors.of(user, Role.DEPT_SUBMITTER);
        Rectification sent = rectification.sentForApproval(submitter);
        rectifications.update(rectification, sent);
        int number = nextAnswerNumber(sent);
        events.publishEvent(new RectificationSentForApproval(UUID.randomUUID(), sent.assignmentId(), clock.instant(),
                sent.reportId(), sent.finding().findingId(), RectificationAnswer.idOf(sent.id(), number), number,
                submitter));
        return sent;
    }

    /** Approves the answer as answer n and publishes it for verification. */
    @Transactional
    public Rectification approve(UUID reportId, UUID findingId, CurrentUser user) {
        Rectification rectification = lock(reportId, findingId, user);
        Actor leader = Actors.of(user, Role.DEPT_LEADER);
        Rectification approved = rectification.approved();
        Instant now = clock.instant();
        int number = nextAnswerNumber(rectification);
        RectificationAnswer answer = new RectificationAnswer(RectificationAnswer.idOf(rectification.id(), number),
                number, approved.measures(), now, approved.sentBy(), leader);
        rectifications.addAnswer(rectification.id(), answer);
        rectifications.update(rectification, withAnswer(approved, answer));
        events.publishEvent(new RectificationSubmitted(UUID.randomUUID(), approved.assignmentId(), now,
                approved.reportId(), approved.finding().findingId(), answer.id(), answer.number(), answer.submitter(),
                leader));
        return withAnswer(approved, answer);
    }

    @Transactional
    public Rectification reject(UUID reportId, UUID findingId, String comment, CurrentUser user) {
        Rectification rectification = lock(reportId, findingId, user);
        LeaderRejection rejection = new LeaderRejection(Actors.of(user, Role.DEPT_LEADER), clock.instant(),
                comment.strip());
        Rectification rejected = rectification.rejected(rejection);
        rectifications.update(rectification, rejected);
        events.publishEvent(new RectificationApprovalRejected(UUID.randomUUID(), rejected.assignmentId(),
                rejection.at(), rejected.reportId(), rejected.finding().findingId(),
                RectificationAnswer.idOf(rejected.id(), nextAnswerNumber(rejected)), rejection.leader(),
                rejection.comment()));
        return rejected;
    }

    /**
     * Locks the rectification for the rest of the caller's transaction after checking the caller may add to
     * its answer now (own department, open for an answer): for attachments, which are stored elsewhere.
     *
     * @return the rectification's department
     */
    @Transactional
    public String requireAnswerable(UUID reportId, UUID findingId, CurrentUser user) {
        Rectification rectification = lock(reportId, findingId, user);
        rectification.requireStatus(RectificationStatus.OPEN, "rectification-not-editable", Text.of("修改", "changed"));
        return rectification.departmentCode();
    }

    private Rectification lock(UUID reportId, UUID findingId, CurrentUser user) {
        if (reports.workspace(reportId, user).isEmpty()) {
            throw ProblemException.notFound(REPORT, reportId);
        }
        return rectifications.lock(reportId, findingId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(FINDING, findingId));
    }

    private static int nextAnswerNumber(Rectification rectification) {
        return rectification.answers().size() + 1;
    }

    private static Rectification withAnswer(Rectification rectification, RectificationAnswer answer) {
        List<RectificationAnswer> answers = new ArrayList<>(rectification.answers());
        answers.add(answer);
        return new Rectification(rectification.id(), rectification.reportId(), rectification.assignmentId(),
                rectification.departmentCode(), rectification.finding(), rectification.status(),
                rectification.measures(), rectification.version(), rectification.lastModified(),
                rectification.sentBy(), rectification.lastRejection(), rectification.verificationRejection(),
                rectification.rejectedAnswerId(), rectification.openedAt(), answers);
    }
}
