-- the party "unknown" (an unnamed target or an unidentified attacker), the armed groups of this war,
-- and the names data sets give parties (aliases), so that imports map actors instead of skipping rows
alter table party drop constraint party_kind_check;
alter table party add constraint party_kind_check
    check (kind in ('STATE', 'ARMED_GROUP', 'INTERNATIONAL_ORG', 'OTHER', 'UNKNOWN'));
-- who created the party: null for the parties the schema ships and those created before this column,
-- an API key's name, or an import job ("import job 17") for parties an import created on first sight
alter table party add column created_by varchar(200);

insert into party (code, name, kind) values
    ('UNKNOWN', 'unknown', 'UNKNOWN'),
    ('DPR', 'Donetsk People''s Republic', 'ARMED_GROUP'),
    ('LPR', 'Luhansk People''s Republic', 'ARMED_GROUP'),
    ('NAF', 'United Armed Forces of Novorossiya', 'ARMED_GROUP'),
    ('WAGNER', 'Wagner Group', 'ARMED_GROUP'),
    ('RDK', 'Russian Volunteer Corps', 'ARMED_GROUP'),
    ('FRL', 'Freedom of Russia Legion', 'ARMED_GROUP')
on conflict (code) do nothing;

-- alias: the actor's name as a data set writes it, lower-case and with single spaces;
-- dataset: the data set that uses it (null: any)
create table party_alias (
    alias       varchar(300) primary key check (alias = lower(alias) and length(alias) > 0),
    party       varchar(16)  not null references party (code) on delete cascade on update cascade,
    dataset     varchar(64),
    created_by  varchar(200),
    created_at  timestamptz  not null default now()
);
create index party_alias_party_idx on party_alias (party);

insert into party_alias (alias, party, dataset) values
    ('dpr', 'DPR', 'ucdp-ged'),
    ('dpr: donetsk people''s republic', 'DPR', 'acled'),
    ('donetsk people''s republic', 'DPR', null),
    ('lpr', 'LPR', 'ucdp-ged'),
    ('lpr: luhansk people''s republic', 'LPR', 'acled'),
    ('lpr: lugansk people''s republic', 'LPR', 'acled'),
    ('luhansk people''s republic', 'LPR', null),
    ('lugansk people''s republic', 'LPR', null),
    ('novorossiya', 'NAF', 'ucdp-ged'),
    ('naf: united armed forces of novorossiya', 'NAF', 'acled'),
    ('united armed forces of novorossiya', 'NAF', null),
    ('wagner group', 'WAGNER', 'acled'),
    ('wagner', 'WAGNER', null),
    ('military forces of russia (2000-) wagner group', 'WAGNER', 'acled'),
    ('rdk: russian volunteer corps', 'RDK', 'acled'),
    ('russian volunteer corps', 'RDK', null),
    ('lsr: freedom of russia legion', 'FRL', 'acled'),
    ('freedom of russia legion', 'FRL', null),
    ('unknown', 'UNKNOWN', null),
    ('unidentified armed group (ukraine)', 'UNKNOWN', 'acled'),
    ('unidentified armed group (russia)', 'UNKNOWN', 'acled'),
    ('unidentified military forces', 'UNKNOWN', 'acled')
on conflict (alias) do nothing;
