-- The rollups' generation: a counter every statement that changes strike_rollup moves, in its own
-- transaction (the refresher's folds, a rebuild, a truncate of strike). Only the refresher and those
-- maintenance paths write strike_rollup, never the API's or an import's writers (they only mark days
-- dirty), so the counter's row lock is not one that writers share.
--
-- What it is for (RollupAnswers): an answer read from the rollups at generation g while no day of its
-- range was dirty is the answer of every snapshot that sees generation g and no dirty day in that range.
-- Rollup rows change only with g, and a change to a strike in the range leaves a dirty day that only a
-- fold (moving g) removes. So such answers can be kept and served again, never stale.

create table strike_rollup_generation (
    only_row boolean primary key default true check (only_row),
    n        bigint  not null
);

insert into strike_rollup_generation (only_row, n) values (true, 0);

create function strike_rollup_generation_bump() returns trigger
    language plpgsql as $fn$
begin
    update strike_rollup_generation set n = n + 1;
    return null;
end
$fn$;

create trigger strike_rollup_generation_bump after insert or update or delete or truncate on strike_rollup
    for each statement execute function strike_rollup_generation_bump();
