-- One service may consume a topic with several listeners (a feature's own projection beside its use cases):
-- each of them must see every message once, so a message id is recorded per consumer.
alter table inbox_message add column consumer text not null default '';
alter table inbox_message drop constraint inbox_message_pkey;
alter table inbox_message add primary key (consumer, message_id);
