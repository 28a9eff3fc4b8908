-- An index for every strike-list filter and sort that V2 left without one, so that a filtered,
-- sorted page reads about as many rows as it returns.
create index strike_place_started_idx on strike (lower(place), started_at);
create index strike_launched_idx on strike (launched_best, id);
create index strike_killed_idx on strike (killed_best, id);
create index strike_ended_idx on strike (ended_at, id);
create index strike_created_idx on strike (created_at, id);
create index strike_updated_idx on strike (updated_at, id);
-- coverage and compliance: which strikes' windows [started_at, ended_at] meet an interval
create index strike_window_idx on strike using gist (tstzrange(started_at, ended_at, '[]'));
