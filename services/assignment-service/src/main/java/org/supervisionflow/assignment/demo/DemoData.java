package org.supervisionflow.assignment.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervisionflow.assignment.campaign.Campaign;
import org.supervisionflow.assignment.campaign.CampaignDraft;
import org.supervisionflow.assignment.campaign.Campaigns;
import org.supervisionflow.assignment.framework.Framework;
import org.supervisionflow.assignment.framework.Frameworks;
import org.supervisionflow.contracts.CampaignKind;

/**
 * On the first start of the local stack, creates the demo framework and publishes the annual-report campaign to
 * 民政局, 司法局 and 市场监管局 through the normal use cases, so its events flow like any other. Runs only while
 * no framework exists, and all in one transaction, so restarts never seed twice.
 */
@Component
@ConditionalOnProperty(name = "supervision.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final List<String> CAMPAIGN_DEPARTMENTS = List.of("minzheng", "sifa", "shichang");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Frameworks frameworks;
    private final Campaigns campaigns;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(Frameworks frameworks, Campaigns campaigns, TransactionTemplate transactions, Clock clock) {
        this.frameworks = frameworks;
        this.campaigns = campaigns;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            if (frameworks.any()) {
                log.info("Demo data: a framework exists already, nothing to seed");
                return;
            }
            seed();
        });
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        // An annual report covers the year before the one it is written in.
        int reportYear = today.getYear() - 1;
        Framework framework = frameworks.create(DemoFramework.draft(reportYear));
        Campaign campaign = campaigns.create(new CampaignDraft(CampaignKind.ANNUAL_REPORT,
                reportYear + "年度法治政府建设年度报告", "X市法治办〔" + today.getYear() + "〕3号", reportYear + "年度",
                today.plusDays(60), true, framework.id(),
                CAMPAIGN_DEPARTMENTS.stream().map(code -> new CampaignDraft.RecipientDraft(code, null)).toList()));
        campaigns.publish(campaign.id());
        log.info("Demo data: framework {} and published campaign {} ({}) to {}", framework.name(), campaign.title(),
                campaign.id(), CAMPAIGN_DEPARTMENTS);
    }
}
