-- request budgets shared by every instance on this database: one row per caller (an API key's name or
-- a client address), holding the tokens left at refilled_at. A bucket refills continuously at
-- capacity per period; expires_at is when it would be full again, so a row past it can be deleted
-- without changing any answer (an absent row is a full bucket).
create table rate_budget (
    caller       varchar(300)      not null primary key,
    tokens       double precision  not null,
    refilled_at  timestamptz       not null,
    expires_at   timestamptz       not null
);

create index rate_budget_expires_idx on rate_budget (expires_at);

-- takes up to p_take tokens from a caller's bucket (capacity p_capacity, refilled at p_per_second):
-- granted is how many it got (0 when the bucket is empty), remaining what is left after them.
-- one statement per call: the row lock serialises instances taking from one caller's bucket.
create function take_rate_tokens(p_caller varchar, p_capacity double precision, p_per_second double precision,
                                 p_take integer, out granted integer, out remaining double precision)
language plpgsql as $$
declare
    t    timestamptz := clock_timestamp();
    have double precision;
begin
    insert into rate_budget as b (caller, tokens, refilled_at, expires_at)
    values (p_caller, p_capacity, t, t)
    on conflict (caller) do update
        set tokens = least(p_capacity, b.tokens + greatest(0, extract(epoch from t - b.refilled_at)) * p_per_second),
            refilled_at = t
    returning tokens into have;
    granted := least(p_take, floor(have))::integer;
    remaining := have - granted;
    update rate_budget
       set tokens = remaining,
           expires_at = t + make_interval(secs => (p_capacity - remaining) / p_per_second)
     where caller = p_caller;
end $$;
