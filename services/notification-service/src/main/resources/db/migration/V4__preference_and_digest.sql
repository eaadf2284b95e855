-- A person's choice of channels for one kind of notification; kinds without a row use the defaults.
create table preference (
    username text not null,
    kind     text not null,
    channels text not null,
    primary key (username, kind)
);

-- One daily digest per leader and day, recorded so that it never goes out twice.
create table digest_sent (
    day      date        not null,
    username text        not null,
    items    integer     not null,
    sent_at  timestamptz not null,
    primary key (day, username)
);
