package org.supervisionflow.assignment.department;

/** A department of the city government that answers to the rule-of-law office. */
public record Department(String code, String name, String nameEn, boolean active) {
}
