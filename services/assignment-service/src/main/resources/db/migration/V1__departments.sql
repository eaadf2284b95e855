-- The departments a campaign can reach; the code is the Keycloak group /departments/<code> and the token's department claim.
create table department
(
    code       text primary key,
    name       text    not null,
    name_en    text    not null,
    active     boolean not null default true,
    sort_order integer not null
);

insert into department (code, name, name_en, sort_order)
values ('minzheng', '民政局', 'Civil Affairs Bureau', 1),
       ('sifa', '司法局', 'Justice Bureau', 2),
       ('shichang', '市场监管局', 'Market Regulation Bureau', 3),
       ('shengtai', '生态环境局', 'Ecology and Environment Bureau', 4);
