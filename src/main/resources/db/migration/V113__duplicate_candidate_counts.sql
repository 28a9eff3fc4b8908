-- GET /duplicates answered its total with count(*) over the whole filtered set: 435 ms p50 at 200k
-- strikes (378,658 candidates), growing with the ledger. The numbers of candidates per status,
-- relation and score are kept here instead, exact at every commit without a row that writers share
-- (as the rollups' invalidation log, V50): every statement writing duplicate_candidate appends its
-- changes as delta rows (statement-level triggers with transition tables, grouped, insert-only) in its
-- own transaction, so a reader sums exactly the candidates its snapshot sees. A compaction (the
-- duplicate finder's tick) replaces the rows it deletes by their sums, in one transaction; rows
-- appended meanwhile are not in its snapshot and stay. A read sums a few hundred rows at most.
create table duplicate_candidate_count (
    status    varchar(16)   not null,
    relation  varchar(16)   not null,
    score     numeric(5, 4) not null,
    n         bigint        not null
);
create index duplicate_candidate_count_idx on duplicate_candidate_count (status, score);

insert into duplicate_candidate_count (status, relation, score, n)
select status, relation, score, count(*) from duplicate_candidate group by 1, 2, 3;

create function duplicate_candidate_count_delta() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into duplicate_candidate_count (status, relation, score, n)
        select status, relation, score, count(*) from new_rows group by 1, 2, 3;
    elsif tg_op = 'DELETE' then
        insert into duplicate_candidate_count (status, relation, score, n)
        select status, relation, score, -count(*) from old_rows group by 1, 2, 3;
    else
        insert into duplicate_candidate_count (status, relation, score, n)
        select status, relation, score, sum(n) from (
            select status, relation, score, 1 n from new_rows
            union all
            select status, relation, score, -1 n from old_rows) x
        group by 1, 2, 3 having sum(n) <> 0;
    end if;
    return null;
end $$;

create trigger duplicate_candidate_count_insert after insert on duplicate_candidate
    referencing new table as new_rows for each statement execute function duplicate_candidate_count_delta();
create trigger duplicate_candidate_count_update after update on duplicate_candidate
    referencing old table as old_rows new table as new_rows for each statement
    execute function duplicate_candidate_count_delta();
create trigger duplicate_candidate_count_delete after delete on duplicate_candidate
    referencing old table as old_rows for each statement execute function duplicate_candidate_count_delta();

create function duplicate_candidate_count_truncate() returns trigger
language plpgsql as $$
begin
    truncate duplicate_candidate_count;
    return null;
end $$;

create trigger duplicate_candidate_count_truncate after truncate on duplicate_candidate
    for each statement execute function duplicate_candidate_count_truncate();

-- folds the delta rows into one row per status, relation and score when there are more than
-- `threshold` of them; returns how many rows it folded (0: nothing to do)
create function duplicate_candidate_count_compact(threshold integer) returns integer
language plpgsql as $$
declare
    folded integer;
begin
    if (select count(*) from (select 1 from duplicate_candidate_count limit threshold + 1) r) <= threshold then
        return 0;
    end if;
    with gone as (
        delete from duplicate_candidate_count returning status, relation, score, n
    ), kept as (
        insert into duplicate_candidate_count (status, relation, score, n)
        select status, relation, score, sum(n) from gone group by 1, 2, 3 having sum(n) <> 0
    )
    select count(*) into folded from gone;
    return folded;
end $$;
