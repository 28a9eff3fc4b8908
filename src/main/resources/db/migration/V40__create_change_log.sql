-- every change to strikes, cease-fires and negotiation events: when, by whom, and the state it left.
-- seq is the change feed's cursor. rows are only written through ledger_record_changes, which takes
-- a transaction-level advisory lock first: cursors are then handed out in commit order, so a reader
-- that has seen cursor n has seen every change below n, and never meets a smaller one later.
create table change_log (
    seq          bigint generated always as identity primary key,
    at           timestamptz   not null default now(),
    resource     varchar(32)   not null check (resource in ('strike', 'ceasefire', 'negotiation')),
    resource_id  bigint        not null,
    op           varchar(8)    not null check (op in ('CREATE', 'UPDATE', 'DELETE')),
    author       varchar(200)  not null,
    version      bigint,
    -- the whole new state; null for a deletion (a tombstone)
    state        jsonb,
    constraint change_log_state_present check ((op = 'DELETE') = (state is null))
);

create index change_log_resource_idx on change_log (resource, resource_id, seq);

-- a stated figure of a claim: {value, qualifier, low, high} or null when the claim does not state it
create function ledger_stated_figure(v integer, q varchar, lo integer, hi integer) returns jsonb
language sql immutable as $$
    select case when v is null then null
                else jsonb_build_object('value', v, 'qualifier', q, 'low', lo, 'high', hi) end
$$;

-- a reconciled figure of a strike: {low, best, high, claims} or null when no claim states it
create function ledger_reconciled_figure(lo integer, best integer, hi integer, n integer) returns jsonb
language sql immutable as $$
    select case when n = 0 then null
                else jsonb_build_object('low', lo, 'best', best, 'high', hi, 'claims', n) end
$$;

-- the state of the given strikes: every column, the claims (in id order) and the external ids
create function ledger_strike_state(ids bigint[]) returns table (id bigint, version bigint, state jsonb)
language sql stable as $$
    select s.id, s.version, jsonb_build_object(
        'id', s.id, 'version', s.version, 'attacker', s.attacker, 'target', s.target,
        'startedAt', s.started_at, 'endedAt', s.ended_at, 'timePrecision', s.time_precision,
        'place', s.place, 'region', s.region, 'country', s.country,
        'latitude', s.latitude, 'longitude', s.longitude, 'geoPrecision', s.geo_precision,
        'launchPlace', s.launch_place, 'weaponCategory', s.weapon_category,
        'weaponModels', to_jsonb(s.weapon_models), 'targetCategories', to_jsonb(s.target_categories),
        'launched', ledger_reconciled_figure(s.launched_low, s.launched_best, s.launched_high, s.launched_claims),
        'intercepted', ledger_reconciled_figure(s.intercepted_low, s.intercepted_best, s.intercepted_high, s.intercepted_claims),
        'suppressed', ledger_reconciled_figure(s.suppressed_low, s.suppressed_best, s.suppressed_high, s.suppressed_claims),
        'hit', ledger_reconciled_figure(s.hit_low, s.hit_best, s.hit_high, s.hit_claims),
        'killed', ledger_reconciled_figure(s.killed_low, s.killed_best, s.killed_high, s.killed_claims),
        'wounded', ledger_reconciled_figure(s.wounded_low, s.wounded_best, s.wounded_high, s.wounded_claims),
        'claims', coalesce((select jsonb_agg(jsonb_build_object(
                'id', c.id, 'sourceId', c.source_id, 'claimant', c.claimant, 'attributedTo', c.attributed_to,
                'reportedAt', c.reported_at, 'quote', c.quote, 'reference', c.reference,
                'launched', ledger_stated_figure(c.launched_value, c.launched_qualifier, c.launched_low, c.launched_high),
                'intercepted', ledger_stated_figure(c.intercepted_value, c.intercepted_qualifier, c.intercepted_low, c.intercepted_high),
                'suppressed', ledger_stated_figure(c.suppressed_value, c.suppressed_qualifier, c.suppressed_low, c.suppressed_high),
                'hit', ledger_stated_figure(c.hit_value, c.hit_qualifier, c.hit_low, c.hit_high),
                'killed', ledger_stated_figure(c.killed_value, c.killed_qualifier, c.killed_low, c.killed_high),
                'wounded', ledger_stated_figure(c.wounded_value, c.wounded_qualifier, c.wounded_low, c.wounded_high),
                'inconsistent', c.inconsistent, 'createdAt', c.created_at, 'updatedAt', c.updated_at)
                order by c.id) from claim c where c.strike_id = s.id), '[]'::jsonb),
        'externalIds', coalesce((select jsonb_object_agg(e.dataset, e.external_id order by e.dataset)
                from strike_external_id e where e.strike_id = s.id), '{}'::jsonb),
        'createdAt', s.created_at, 'updatedAt', s.updated_at)
    from strike s
    where s.id = any (ids)
$$;

-- the state of the given cease-fires: terms, parties with positions, mediators, history, allegations
create function ledger_ceasefire_state(ids bigint[]) returns table (id bigint, version bigint, state jsonb)
language sql stable as $$
    select c.id, c.version, jsonb_build_object(
        'id', c.id, 'version', c.version, 'name', c.name, 'scope', c.scope, 'areas', to_jsonb(c.areas),
        'status', c.status, 'description', c.description, 'proposedAt', c.proposed_at, 'agreedAt', c.agreed_at,
        'effectiveFrom', c.effective_from, 'effectiveUntil', c.effective_until,
        'durationSeconds', c.duration_seconds,
        'parties', coalesce((select jsonb_agg(jsonb_build_object('party', p.party, 'position', p.position,
                'conditions', p.conditions, 'at', p.position_at) order by p.party)
                from ceasefire_party p where p.ceasefire_id = c.id), '[]'::jsonb),
        'mediators', coalesce((select jsonb_agg(m.party order by m.party)
                from ceasefire_mediator m where m.ceasefire_id = c.id), '[]'::jsonb),
        'history', coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'from', t.from_status,
                'to', t.to_status, 'at', t.at, 'sourceId', t.source_id, 'note', t.note, 'author', t.author,
                'recordedAt', t.recorded_at) order by t.seq)
                from ceasefire_transition t where t.ceasefire_id = c.id), '[]'::jsonb),
        'allegations', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'accuser', a.accuser,
                'accused', a.accused, 'sourceId', a.source_id, 'at', a.alleged_at, 'strikeId', a.strike_id,
                'summary', a.summary) order by a.id)
                from ceasefire_allegation a where a.ceasefire_id = c.id), '[]'::jsonb),
        'createdAt', c.created_at, 'updatedAt', c.updated_at)
    from ceasefire c
    where c.id = any (ids)
$$;

-- the state of the given negotiation events: fields, participants, quotes (both in order) and sources
create function ledger_negotiation_state(ids bigint[]) returns table (id bigint, version bigint, state jsonb)
language sql stable as $$
    select e.id, e.version, jsonb_build_object(
        'id', e.id, 'version', e.version, 'kind', e.kind, 'trackId', e.track_id, 'title', e.title,
        'occurredAt', e.occurred_at, 'timePrecision', e.time_precision,
        'duration', case when e.duration_minutes is null then null
                         else jsonb_build_object('minutes', e.duration_minutes, 'qualifier', e.duration_qualifier) end,
        'place', e.place, 'country', e.country, 'topics', to_jsonb(e.topics), 'tone', e.tone,
        'outcome', e.outcome, 'ceasefireId', e.ceasefire_id,
        'participants', coalesce((select jsonb_agg(jsonb_build_object('name', p.name, 'title', p.title,
                'party', p.party, 'capacity', p.capacity) order by p.position)
                from negotiation_participant p where p.event_id = e.id), '[]'::jsonb),
        'quotes', coalesce((select jsonb_agg(jsonb_build_object('speaker', q.speaker, 'text', q.text)
                order by q.position) from negotiation_quote q where q.event_id = e.id), '[]'::jsonb),
        'sourceIds', coalesce((select jsonb_agg(n.source_id order by n.source_id)
                from negotiation_source n where n.event_id = e.id), '[]'::jsonb),
        'createdAt', e.created_at, 'updatedAt', e.updated_at)
    from negotiation_event e
    where e.id = any (ids)
$$;

-- records one change per id, in one statement whatever the number of ids: CREATE and UPDATE store the
-- state the rows have now in this transaction (call it after the rows are written), DELETE a tombstone.
-- ids that name no row are skipped for CREATE and UPDATE. returns the number of changes recorded.
create function ledger_record_changes(p_resource varchar, p_ids bigint[], p_op varchar, p_author varchar)
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
    -- held until commit: the cursors of concurrent transactions are allocated in commit order
    perform pg_advisory_xact_lock(7340661);
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
