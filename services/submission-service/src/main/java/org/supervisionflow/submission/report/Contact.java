package org.supervisionflow.submission.report;

/** The department's contact for a report (联系人 and 联系电话); empty until the department fills it in. */
public record Contact(String person, String phone) {

    static final Contact NONE = new Contact("", "");
}
