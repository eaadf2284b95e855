package org.supervisionflow.assignment.department;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments, as seeded by the migrations. */
@Repository
public class Departments {

    private static final String SELECT = "select code, name, name_en, active from department";

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Department> all() {
        return jdbc.sql(SELECT + " order by sort_order, code").query(Department.class).list();
    }

    public Optional<Department> find(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(Department.class).optional();
    }

    /** Every department by code, for validating many references in one query. */
    public Map<String, Department> byCode() {
        return all().stream().collect(Collectors.toUnmodifiableMap(Department::code, Function.identity()));
    }
}
