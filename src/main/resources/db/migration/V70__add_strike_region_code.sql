-- A strike's first-level area as an ISO 3166-2 code (UA-63 = Kharkiv Oblast), derived on every write
-- from its free-text region ("Kharkiv oblast", "Odessa Oblast", "Kryvyi Rih") or, when that names no
-- area, from its coordinates; null when neither places it. A row trigger sets it, so API writes and
-- imports (row by row, INSERT ... SELECT or COPY) all get the same answer from the same SQL, and no
-- writer needs to know about it.

-- normalised alias -> code (the names are loaded in V71)
create table region_alias (
    alias  varchar(200) primary key,
    code   varchar(6)   not null check (code ~ '^[A-Z]{2}-[0-9A-Z]{1,3}$')
);

-- outer rings of the areas (an area of several parts has several rows); bbox and area derived in V71
create table region_boundary (
    id     integer generated always as identity primary key,
    code   varchar(6)   not null,
    name   varchar(100) not null,
    shape  polygon      not null,
    bbox   box,
    area   double precision
);

-- the key a region is looked up under: lower case, single spaces, typographic apostrophes straight
create function region_key(region text) returns text
    language sql immutable parallel safe as $$
    select lower(regexp_replace(btrim(replace(region, '’', '''')), '\s+', ' ', 'g'))
$$;

-- (Re)compiles region_alias into region_alias_code(key), an immutable function holding the table as
-- one jsonb constant: a lookup in it costs about a microsecond inside the per-row trigger, where a
-- query on the table costs ten. Run it after every change to region_alias (V71 does).
create function region_alias_compile() returns void
    language plpgsql as $$
begin
    execute format('create or replace function region_alias_code(key text) returns text'
                   ' language sql immutable parallel safe as %L',
                   format('select %L::jsonb ->> key',
                          (select coalesce(jsonb_object_agg(alias, code), '{}'::jsonb) from region_alias)::text));
end
$$;

select region_alias_compile();

-- the code of the area holding (longitude, latitude), the smallest when rings nest, else null
create function region_code_at(latitude double precision, longitude double precision) returns text
    language plpgsql stable parallel safe as $$
declare
    found_code text;
begin
    select b.code into found_code from region_boundary b
    where b.bbox @> point(longitude, latitude) and b.shape @> point(longitude, latitude)
    order by b.area, b.code limit 1;
    return found_code;
end
$$;

-- the ISO 3166-2 code of a region name, else of the area holding the coordinates, else null
create function region_code_of(region text, latitude double precision, longitude double precision) returns text
    language sql stable parallel safe as $$
    select coalesce(region_alias_code(region_key(region)),
                    case when latitude is not null and longitude is not null
                         then region_code_at(latitude, longitude) end)
$$;

alter table strike add column region_code varchar(6);

create function strike_set_region_code() returns trigger
    language plpgsql as $$
begin
    new.region_code := coalesce(region_alias_code(region_key(new.region)),
                                case when new.latitude is not null and new.longitude is not null
                                     then region_code_at(new.latitude, new.longitude) end);
    return new;
end
$$;

-- region_code is in the list so that a writer cannot set it to anything else
create trigger strike_region_code before insert or update of region, latitude, longitude, region_code on strike
    for each row when (new.region is not null or new.latitude is not null or new.region_code is not null)
    execute function strike_set_region_code();

create index strike_region_code_started_idx on strike (region_code, started_at);
