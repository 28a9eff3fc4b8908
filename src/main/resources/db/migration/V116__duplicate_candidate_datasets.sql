-- GET /duplicates?dataset=… tested each candidate's two strikes for external ids of the data set row by
-- row, down the whole list, and counted its whole filtered set for the total: p50 1.9-2.8 s at 200k
-- strikes (378,658 candidates). Each candidate now carries the data sets of its two strikes (sorted
-- arrays of strike_external_id.dataset), kept in the writing transaction by triggers on
-- strike_external_id (an import's ids, a merge moving ids to the survivor, an undo moving them back, a
-- deleted strike's ids): never stale, the same answer as looking the ids up. The list filters on them,
-- and the kept counts (V113) are keyed by them too, so the filtered total is a sum of a few hundred
-- rows as well.
alter table duplicate_candidate add column datasets_a text[] not null default '{}',
                                add column datasets_b text[] not null default '{}';
alter table duplicate_candidate_count add column datasets_a text[] not null default '{}',
                                      add column datasets_b text[] not null default '{}';

-- the delta rows and their folding, keyed by the data sets as well
create or replace function duplicate_candidate_count_delta() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into duplicate_candidate_count (status, relation, score, datasets_a, datasets_b, n)
        select status, relation, score, datasets_a, datasets_b, count(*) from new_rows group by 1, 2, 3, 4, 5;
    elsif tg_op = 'DELETE' then
        insert into duplicate_candidate_count (status, relation, score, datasets_a, datasets_b, n)
        select status, relation, score, datasets_a, datasets_b, -count(*) from old_rows group by 1, 2, 3, 4, 5;
    else
        insert into duplicate_candidate_count (status, relation, score, datasets_a, datasets_b, n)
        select status, relation, score, datasets_a, datasets_b, sum(n) from (
            select status, relation, score, datasets_a, datasets_b, 1 n from new_rows
            union all
            select status, relation, score, datasets_a, datasets_b, -1 n from old_rows) x
        group by 1, 2, 3, 4, 5 having sum(n) <> 0;
    end if;
    return null;
end $$;

create or replace function duplicate_candidate_count_compact(threshold integer) returns integer
language plpgsql as $$
declare
    folded integer;
begin
    if (select count(*) from (select 1 from duplicate_candidate_count limit threshold + 1) r) <= threshold then
        return 0;
    end if;
    with gone as (
        delete from duplicate_candidate_count returning status, relation, score, datasets_a, datasets_b, n
    ), kept as (
        insert into duplicate_candidate_count (status, relation, score, datasets_a, datasets_b, n)
        select status, relation, score, datasets_a, datasets_b, sum(n) from gone group by 1, 2, 3, 4, 5
        having sum(n) <> 0
    )
    select count(*) into folded from gone;
    return folded;
end $$;

-- the data sets of the candidates given, as strike_external_id says now (no-op rows left alone)
create function ledger_duplicate_datasets_refresh(candidates bigint[]) returns void
language sql as $$
    update duplicate_candidate d
       set datasets_a = now_.a, datasets_b = now_.b
      from (select c.id,
                   array(select x.dataset::text from strike_external_id x where x.strike_id = c.strike_a order by x.dataset) a,
                   array(select x.dataset::text from strike_external_id x where x.strike_id = c.strike_b order by x.dataset) b
              from duplicate_candidate c where c.id = any(candidates)) now_
     where d.id = now_.id and (d.datasets_a, d.datasets_b) is distinct from (now_.a, now_.b)
$$;

-- new external ids: as V111 (a pair of one data set is no candidate), and the data sets of the
-- candidates of their strikes; an import's new strikes have none yet (the finder searches them after
-- the import), so a batch costs one index look-up per id and side, as before
create or replace function ledger_duplicates_after_external_id() returns trigger
language plpgsql as $$
declare
    touched bigint[];
begin
    touched := array(select c.id from new_rows n join duplicate_candidate c on c.strike_a = n.strike_id
                     union
                     select c.id from new_rows n join duplicate_candidate c on c.strike_b = n.strike_id);
    if cardinality(touched) = 0 then
        return null;
    end if;
    delete from duplicate_candidate d
     where d.id in (select c.id from new_rows n
                      join duplicate_candidate c on c.strike_a = n.strike_id and c.status = 'OPEN'
                      join strike_external_id x on x.strike_id = c.strike_b and x.dataset = n.dataset
                    union
                    select c.id from new_rows n
                      join duplicate_candidate c on c.strike_b = n.strike_id and c.status = 'OPEN'
                      join strike_external_id x on x.strike_id = c.strike_a and x.dataset = n.dataset);
    perform ledger_duplicate_datasets_refresh(touched);
    return null;
end $$;

-- ids moved (a merge, an undo) or deleted (an undo, a deleted strike): the data sets of the candidates
-- of the strikes they left and joined
create function ledger_duplicates_after_external_id_update() returns trigger
language plpgsql as $$
begin
    perform ledger_duplicate_datasets_refresh(array(
        select c.id from (select strike_id from old_rows union select strike_id from new_rows) s
          join duplicate_candidate c on c.strike_a = s.strike_id
        union
        select c.id from (select strike_id from old_rows union select strike_id from new_rows) s
          join duplicate_candidate c on c.strike_b = s.strike_id));
    return null;
end $$;

create function ledger_duplicates_after_external_id_delete() returns trigger
language plpgsql as $$
begin
    perform ledger_duplicate_datasets_refresh(array(
        select c.id from old_rows o join duplicate_candidate c on c.strike_a = o.strike_id
        union
        select c.id from old_rows o join duplicate_candidate c on c.strike_b = o.strike_id));
    return null;
end $$;

create trigger strike_external_id_duplicates_update after update on strike_external_id
    referencing old table as old_rows new table as new_rows for each statement
    execute function ledger_duplicates_after_external_id_update();
create trigger strike_external_id_duplicates_delete after delete on strike_external_id
    referencing old table as old_rows for each statement execute function ledger_duplicates_after_external_id_delete();

-- ledger_find_duplicates as in V115, its candidates stored with the data sets of their strikes
create or replace function ledger_find_duplicates(ids bigint[]) returns integer
language plpgsql set jit = off as $$
declare
    found integer;
begin
    with pairs as (
        select least((b.n).id, (b.o).id) a_id, greatest((b.n).id, (b.o).id) b_id, b.n, b.o,
               case when (b.n).geo_precision = 'COUNTRY' or (b.o).geo_precision = 'COUNTRY' then 'COUNTRY'
                    when (b.n).geo_precision = 'REGION' or (b.o).geo_precision = 'REGION' then 'REGION'
                    else 'TOWN' end coarser,
               ledger_distance_km((b.n).latitude, (b.n).longitude, (b.o).latitude, (b.o).longitude) km,
               ((b.n).geo_precision in ('EXACT', 'TOWN')) <> ((b.o).geo_precision in ('EXACT', 'TOWN')) mixed_grain,
               ledger_weapon_families((b.n).weapon_models) n_families, ledger_weapon_families((b.o).weapon_models) o_families
        from ledger_duplicate_block_rows(ids) b
    ), scored as (
        select p.a_id, p.b_id, p.n, p.o, p.coarser, p.km, p.mixed_grain,
               (p.n).started_at <= (p.o).ended_at and (p.o).started_at <= (p.n).ended_at time_overlap,
               case when p.coarser = 'COUNTRY' then true
                    when p.coarser = 'REGION' then ledger_region_key((p.n).region) = ledger_region_key((p.o).region)
                         or (p.km is not null and p.km <= 100)
                    else (p.km is not null and p.km <= 15)
                         or (p.km is null and lower((p.n).place) = lower((p.o).place)) end place_agrees,
               case when (p.n).weapon_category = (p.o).weapon_category then 'SAME'
                    when (p.n).weapon_category in ('UNKNOWN', 'MIXED') or (p.o).weapon_category in ('UNKNOWN', 'MIXED')
                         then 'COMPATIBLE' else 'CONFLICT' end weapon,
               case when cardinality(p.n_families) = 0 or cardinality(p.o_families) = 0 then null
                    when p.n_families && p.o_families then 'SAME' else 'CONFLICT' end models,
               case when (p.n).attacker = (p.o).attacker and (p.n).target = (p.o).target then 'SAME'
                    when (p.n).attacker = (p.o).attacker or (p.n).target = (p.o).target
                         or 'UNKNOWN' in ((p.n).attacker, (p.o).attacker, (p.n).target, (p.o).target) then 'PARTIAL'
                    else 'DIFFERENT' end parties,
               f.agree figures_agree, f.conflict figures_conflict
        from pairs p
        cross join lateral (
            select count(*) filter (where meets) agree, count(*) filter (where not meets) conflict
            from (select l1 <= coalesce(h2, 2147483647) and l2 <= coalesce(h1, 2147483647) meets
                  from (values
                    ((p.n).launched_low, (p.n).launched_high, (p.n).launched_claims, (p.o).launched_low, (p.o).launched_high, (p.o).launched_claims),
                    ((p.n).intercepted_low, (p.n).intercepted_high, (p.n).intercepted_claims, (p.o).intercepted_low, (p.o).intercepted_high, (p.o).intercepted_claims),
                    ((p.n).killed_low, (p.n).killed_high, (p.n).killed_claims, (p.o).killed_low, (p.o).killed_high, (p.o).killed_claims),
                    ((p.n).wounded_low, (p.n).wounded_high, (p.n).wounded_claims, (p.o).wounded_low, (p.o).wounded_high, (p.o).wounded_claims))
                    v(l1, h1, c1, l2, h2, c2)
                  where c1 > 0 and c2 > 0) compared
        ) f
    ), weighted as (
        select s.*,
               (case when s.time_overlap then 3.0 else 0.5 end)
             + (case when s.place_agrees then 2.0 else -4.0 end)
             + (case s.weapon when 'SAME' then 2.0 when 'COMPATIBLE' then 0.0 else -4.0 end)
             + (case s.models when 'SAME' then 2.0 when 'CONFLICT' then -5.0 else 0.0 end)
             + (case s.parties when 'SAME' then 2.0 when 'PARTIAL' then -1.0 else -5.0 end)
             + 1.0 * s.figures_agree - 2.0 * s.figures_conflict as w
        from scored s
        where s.place_agrees and s.weapon <> 'CONFLICT' and s.parties <> 'DIFFERENT'
    ), candidates as (
        select distinct on (w.a_id, w.b_id) w.a_id, w.b_id,
               least((w.n).started_at, (w.o).started_at) started_at,
               case when w.mixed_grain then 'PART_OF' else 'DUPLICATE' end relation,
               case when not w.mixed_grain then null
                    when (w.n).geo_precision in ('EXACT', 'TOWN') then (w.o).id else (w.n).id end whole,
               round((1 / (1 + exp(-(w.w - 4.0))))::numeric, 4) score,
               jsonb_build_object(
                   'time', jsonb_build_object('overlap', w.time_overlap,
                       'precision', case when (w.n).time_precision = 'MONTH' or (w.o).time_precision = 'MONTH' then 'MONTH'
                                         when (w.n).time_precision = 'WEEK' or (w.o).time_precision = 'WEEK' then 'WEEK'
                                         when (w.n).time_precision = 'DAY' or (w.o).time_precision = 'DAY' then 'DAY'
                                         when (w.n).time_precision = 'HOUR' or (w.o).time_precision = 'HOUR' then 'HOUR'
                                         else 'MINUTE' end,
                       'startsApartHours', round((abs(extract(epoch from (w.n).started_at - (w.o).started_at)) / 3600)::numeric, 1)),
                   'place', jsonb_build_object('precision', w.coarser, 'agrees', w.place_agrees,
                       'distanceKm', round(w.km::numeric, 1)),
                   'weapon', w.weapon,
                   'models', w.models,
                   'parties', w.parties,
                   'figures', jsonb_build_object('agree', w.figures_agree, 'conflict', w.figures_conflict),
                   'weight', w.w) parts
        from weighted w
    )
    -- (two rows of one data set never reach here: the blocking leaves them out)
    insert into duplicate_candidate as d (strike_a, strike_b, relation, whole, score, parts, started_at,
                                          datasets_a, datasets_b)
    select c.a_id, c.b_id, c.relation, c.whole, c.score, c.parts, c.started_at,
           array(select x.dataset::text from strike_external_id x where x.strike_id = c.a_id order by x.dataset),
           array(select x.dataset::text from strike_external_id x where x.strike_id = c.b_id order by x.dataset)
    from candidates c
    on conflict (strike_a, strike_b) do update set relation = excluded.relation, whole = excluded.whole,
        score = excluded.score, parts = excluded.parts, started_at = excluded.started_at,
        datasets_a = excluded.datasets_a, datasets_b = excluded.datasets_b
        where d.status = 'OPEN';
    get diagnostics found = row_count;
    return found;
end $$;

-- the candidates there are: their data sets now (the count triggers move their kept counts along)
update duplicate_candidate d
   set datasets_a = array(select x.dataset::text from strike_external_id x where x.strike_id = d.strike_a order by x.dataset),
       datasets_b = array(select x.dataset::text from strike_external_id x where x.strike_id = d.strike_b order by x.dataset)
 where exists (select 1 from strike_external_id x where x.strike_id in (d.strike_a, d.strike_b));
select duplicate_candidate_count_compact(0);
