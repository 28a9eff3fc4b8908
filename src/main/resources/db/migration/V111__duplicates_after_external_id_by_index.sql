-- the pairs an import's new external ids rule out (two strikes of one data set are never duplicates)
-- were found with "strike_a = n.strike_id or strike_b = n.strike_id": no index serves an OR across the
-- transition table, so the planner compared every new row with every open candidate. An import batch of
-- 25,000 ids against a ledger holding tens of thousands of candidates then ran for minutes
-- (ImportParallelBatchesIT hit its 120 s limit). The same deletion, one index look-up per side; and the
-- same for the candidates of deleted strikes.
create or replace function ledger_duplicates_after_external_id() returns trigger
language plpgsql as $$
begin
    delete from duplicate_candidate d
     where d.id in (select c.id from new_rows n
                      join duplicate_candidate c on c.strike_a = n.strike_id and c.status = 'OPEN'
                      join strike_external_id x on x.strike_id = c.strike_b and x.dataset = n.dataset
                    union
                    select c.id from new_rows n
                      join duplicate_candidate c on c.strike_b = n.strike_id and c.status = 'OPEN'
                      join strike_external_id x on x.strike_id = c.strike_a and x.dataset = n.dataset);
    return null;
end $$;

create or replace function ledger_duplicates_after_delete() returns trigger
language plpgsql as $$
begin
    delete from duplicate_candidate d
     where d.status = 'OPEN'
       and d.id in (select c.id from old_rows o join duplicate_candidate c on c.strike_a = o.id
                    union
                    select c.id from old_rows o join duplicate_candidate c on c.strike_b = o.id);
    return null;
end $$;
