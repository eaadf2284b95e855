package org.supervisionflow.platform.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** {@code GET /api/me}: who the caller is, as every service sees them. */
@RestController
class MeController {

    @GetMapping("/api/me")
    @Operation(summary = "The caller's name, roles and department")
    Me me(CurrentUser user) {
        return new Me(user.userId(), user.username(), user.displayName(),
                user.roles().stream().map(Role::realmRole).sorted().toList(), user.departmentCode(),
                user.seesEveryDepartment());
    }

    record Me(String id, String username, String name, List<String> roles, String department,
            boolean seesEveryDepartment) {
    }
}
