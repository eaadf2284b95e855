package org.supervisionflow.notification.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.platform.security.Role;

/** The stored directory: who has a role, in which department. */
@Repository
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone with the role; for department roles only the members of {@code departmentCode}. */
    @Transactional(readOnly = true)
    public List<Person> withRole(Role role, String departmentCode) {
        if (role.seesEveryDepartment()) {
            return everyoneWith(role);
        }
        return jdbc.sql("select * from person where :role = any(roles) and department_code = :department order by username")
                .param("role", role.realmRole())
                .param("department", departmentCode)
                .query(People::person)
                .list();
    }

    /** Everyone with the role, in whichever department. */
    @Transactional(readOnly = true)
    public List<Person> everyoneWith(Role role) {
        return jdbc.sql("select * from person where :role = any(roles) order by username")
                .param("role", role.realmRole())
                .query(People::person)
                .list();
    }

    /**
     * Makes the directory exactly {@code people}: adds and updates them, and removes whoever is no longer there (left
     * the realm or was disabled), so that nobody who left keeps getting mail.
     */
    @Transactional
    public void replaceAll(Collection<Person> people, Instant refreshedAt) {
        for (Person person : people) {
            save(person, refreshedAt);
        }
        jdbc.sql("delete from person where refreshed_at < :refreshedAt")
                .param("refreshedAt", OffsetDateTime.ofInstant(refreshedAt, ZoneOffset.UTC))
                .update();
    }

    /** Adds or updates one person. */
    @Transactional
    public void save(Person person, Instant refreshedAt) {
        jdbc.sql("""
                insert into person (username, display_name, email, phone, department_code, roles, refreshed_at)
                values (:username, :displayName, :email, :phone, :department, :roles, :refreshedAt)
                on conflict (username) do update set display_name = excluded.display_name, email = excluded.email,
                    phone = excluded.phone, department_code = excluded.department_code, roles = excluded.roles,
                    refreshed_at = excluded.refreshed_at""")
                .param("username", person.username())
                .param("displayName", person.displayName())
                .param("email", person.email())
                .param("phone", person.phone())
                .param("department", person.departmentCode())
                .param("roles", person.roles().stream().map(Role::realmRole).sorted().toArray(String[]::new))
                .param("refreshedAt", OffsetDateTime.ofInstant(refreshedAt, ZoneOffset.UTC))
                .update();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) roles.getArray()).map(Role::ofRealmRole).flatMap(Optional::stream).forEach(parsed::add);
        return new Person(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("department_code"), parsed);
    }
}
