-- The people notifications go to, copied from Keycloak (users, realm roles, department groups, email, phone).
create table person (
    username        text primary key,
    display_name    text        not null,
    email           text,
    phone           text,
    department_code text,
    roles           text[]      not null,
    refreshed_at    timestamptz not null
);
create index person_department on person (department_code);
