-- the blocking of ledger_find_duplicates on its own: for each of the given strikes, every strike it
-- may be compared with (the same country and oblast, or one of the two known only to the country;
-- starts at most two days apart; windows that meet once each is widened by three hours; never two
-- rows of one data set). The duplicate evaluation measures its recall (true pairs blocked at all).
create function ledger_duplicate_blocks(ids bigint[]) returns table (strike_id bigint, other_id bigint)
language sql stable as $$
    select n.id, o.id
    from strike n
    cross join lateral (
        select b.id from strike b where b.country = n.country
            and ledger_region_key(b.region) = ledger_region_key(n.region)
            and b.started_at between n.started_at - interval '2 days' and n.started_at + interval '2 days'
        union
        select b.id from strike b where b.country = n.country and b.geo_precision = 'COUNTRY'
            and b.started_at between n.started_at - interval '2 days' and n.started_at + interval '2 days'
        union
        select b.id from strike b where n.geo_precision = 'COUNTRY' and b.country = n.country
            and b.started_at between n.started_at - interval '2 days' and n.started_at + interval '2 days'
    ) blocked
    join strike o on o.id = blocked.id and o.id <> n.id
         and o.started_at <= n.ended_at + interval '3 hours' and o.ended_at >= n.started_at - interval '3 hours'
    where n.id = any(ids) and n.country is not null
      and not exists (select 1 from strike_external_id x join strike_external_id y
                      on y.dataset = x.dataset and y.strike_id = o.id where x.strike_id = n.id)
$$;
