-- Secrecy inherited from other indicators: a rate whose numerator is a secret count, a share of a secret area, is
-- secret wherever those are (their complements included), or its numerator and denominator would give them back.
alter table platform.indicator add column secret_with text[] not null default '{}';
