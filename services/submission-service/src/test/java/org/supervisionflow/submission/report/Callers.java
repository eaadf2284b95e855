package org.supervisionflow.submission.report;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.supervisionflow.testsupport.TestTokens;

/**
 * The callers an authorization matrix tries against 民政局's objects, as {@code (caller, token, expected status)}:
 * its own department's users, another department's, the office roles, a token without our roles (403) and no token
 * (401).
 */
public final class Callers {

    private Callers() {
    }

    public static Stream<Arguments> expecting(int ownDepartment, int otherDepartment, int officeRoles) {
        return Stream.of(
                Arguments.of("own dept-submitter", TestTokens.submitter("minzheng"), ownDepartment),
                Arguments.of("own dept-leader", TestTokens.leader("minzheng"), ownDepartment),
                Arguments.of("other dept-submitter", TestTokens.submitter("sifa"), otherDepartment),
                Arguments.of("other dept-leader", TestTokens.leader("sifa"), otherDepartment),
                Arguments.of("office-admin", TestTokens.officeAdmin(), officeRoles),
                Arguments.of("auditor", TestTokens.auditor(), officeRoles),
                Arguments.of("viewer", TestTokens.viewer(), officeRoles),
                Arguments.of("no role", TestTokens.token("stranger", "无角色", List.of(), "minzheng"), 403),
                Arguments.of("anonymous", null, 401));
    }
}
