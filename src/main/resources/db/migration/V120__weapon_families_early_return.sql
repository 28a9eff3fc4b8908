-- ledger_weapon_families (V93) ran its query for every strike of every blocked pair, also for the
-- strikes that name no model (every ACLED and GED row, most news reports): as a SQL function with an
-- aggregate it is never inlined, so each call paid for a function executor. The same families, in
-- PL/pgSQL, returning the empty list at once when there is no model to read: the finder's search of
-- 500 ACLED strikes against 100,000 Air-Force-format strikes took 161-206 ms a chunk instead of
-- 192-215 ms (bench/duplicates.sh's data, the same 15,339 candidates with the same parts).
create or replace function ledger_weapon_families(models text[]) returns text[]
language plpgsql immutable as $$
begin
    if coalesce(cardinality(models), 0) = 0 then
        return '{}';
    end if;
    return (select coalesce(array_agg(distinct f), '{}') from (
                select regexp_replace(regexp_replace(regexp_replace(lower(split_part(split_part(trim(m), '/', 1), ' ', 1)),
                           '[^a-z0-9а-яіїєґ]', '', 'g'), '^kh', 'x'), '^s(300|400)$', 'c\1') f
                from unnest(models) m) families
            where f <> '' and f not like 'unknown%' and f not like 'невідом%');
end $$;
