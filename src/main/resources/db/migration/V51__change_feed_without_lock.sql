-- The change feed without the advisory lock that made every writer to strikes, cease-fires and
-- negotiations queue behind every other (and behind a whole import batch) until commit.
--
-- Writers only append to change_log (seq is allocated at insert, not in commit order). Feed positions
-- are handed out afterwards, by a sequencer (ledger_sequence_changes), to changes that have committed:
-- one sequencer at a time (its own advisory lock, which no writer takes), each run numbering every
-- committed change still without a position, in seq order, after the largest position so far. Hence:
-- * positions only ever go to committed changes, and a run's positions commit together, after every
--   earlier run's: a reader sees the positions as a gap-free prefix, so one that follows nextCursor
--   never misses or doubles a change;
-- * a change that commits after another was sequenced gets a larger position (commit order); changes
--   numbered in one run follow seq, and two changes of one row are always in seq order (the second
--   writer waits for the first's row lock, which is held until its commit), so every resource's
--   changes follow its commits.
-- The feed runs the sequencer before it reads, and ChangeSequencer runs it in the background.
alter table change_log add column pos bigint;
update change_log set pos = seq;
create unique index change_log_pos_idx on change_log (pos);
create index change_log_unsequenced_idx on change_log (seq) where pos is null;

create function ledger_sequence_changes(max_rows integer) returns integer
    language plpgsql as $fn$
declare
    numbered integer;
begin
    -- sequencers only: writers never take this lock. Statements after it see every earlier run.
    perform pg_advisory_xact_lock(7340662);
    update change_log c set pos = b.last + t.rn
    from (select seq, row_number() over (order by seq) as rn
          from (select seq from change_log where pos is null order by seq limit max_rows) p) t,
         (select coalesce(max(pos), 0) as last from change_log) b
    where c.seq = t.seq;
    get diagnostics numbered = row_count;
    return numbered;
end
$fn$;

-- Imports record a created strike's revision lazily: state null, its whole state materialised into
-- change_log_state from the strike as it is just before its first later change (triggers below), and
-- read from the strike itself while no change has followed. Every revision still reads as the whole
-- state it had. (Writers never update change_log rows: only the sequencer does.)
alter table change_log drop constraint change_log_state_present;
alter table change_log add constraint change_log_state_present check (op <> 'DELETE' or state is null);

create table change_log_state (
    seq    bigint  primary key,
    state  jsonb   not null
);

create index change_log_lazy_idx on change_log (resource_id) where state is null and op <> 'DELETE';

create function ledger_materialise_strike(p_id bigint) returns void
    language plpgsql as $fn$
begin
    insert into change_log_state (seq, state)
    select c.seq, (select st.state from ledger_strike_state(array[p_id]) st)
    from change_log c
    where c.resource_id = p_id and c.state is null and c.op <> 'DELETE' and c.resource = 'strike'
      and not exists (select 1 from change_log_state m where m.seq = c.seq)
    on conflict do nothing;
end
$fn$;

-- before a strike, its claims or external ids change: fix the state a lazy revision stands for
create function ledger_strike_before_change() returns trigger
    language plpgsql as $fn$
begin
    if tg_table_name = 'strike' then
        perform ledger_materialise_strike(old.id);
    else
        if tg_op <> 'INSERT' then
            perform ledger_materialise_strike(old.strike_id);
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.strike_id <> old.strike_id) then
            perform ledger_materialise_strike(new.strike_id);
        end if;
    end if;
    return coalesce(new, old);
end
$fn$;

-- a bulk import sets ledger.bulk = 'on' for its transaction and materialises the strikes it changes itself
create trigger strike_lazy_revision before update or delete on strike
    for each row when (current_setting('ledger.bulk', true) is distinct from 'on')
    execute function ledger_strike_before_change();
create trigger claim_lazy_revision before insert or update or delete on claim
    for each row when (current_setting('ledger.bulk', true) is distinct from 'on')
    execute function ledger_strike_before_change();
create trigger strike_external_id_lazy_revision before insert or update or delete on strike_external_id
    for each row when (current_setting('ledger.bulk', true) is distinct from 'on')
    execute function ledger_strike_before_change();

-- as V40's, without the advisory lock
create or replace function ledger_record_changes(p_resource varchar, p_ids bigint[], p_op varchar, p_author varchar)
returns integer
language plpgsql as $$
declare
    recorded integer;
begin
    if p_op not in ('CREATE', 'UPDATE', 'DELETE') then
        raise exception 'unknown change op %', p_op using errcode = '22023';
    end if;
    if p_ids is null or cardinality(p_ids) = 0 then
        return 0;
    end if;
    if p_op = 'DELETE' then
        insert into change_log (resource, resource_id, op, author)
        select p_resource, d.id, 'DELETE', p_author from (select distinct unnest(p_ids) as id) d order by d.id;
    elsif p_resource = 'strike' then
        insert into change_log (resource, resource_id, op, author, version, state)
        select 'strike', s.id, p_op, p_author, s.version, s.state from ledger_strike_state(p_ids) s order by s.id;
    elsif p_resource = 'ceasefire' then
        insert into change_log (resource, resource_id, op, author, version, state)
        select 'ceasefire', s.id, p_op, p_author, s.version, s.state from ledger_ceasefire_state(p_ids) s order by s.id;
    elsif p_resource = 'negotiation' then
        insert into change_log (resource, resource_id, op, author, version, state)
        select 'negotiation', s.id, p_op, p_author, s.version, s.state from ledger_negotiation_state(p_ids) s order by s.id;
    else
        raise exception 'unknown change resource %', p_resource using errcode = '22023';
    end if;
    get diagnostics recorded = row_count;
    return recorded;
end
$$;
