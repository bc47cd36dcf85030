-- Provinces and their local units since the 2025 reorganisation (ward, commune, special zone),
-- with the pre-2025 units each absorbed. Loaded on start from simulation/src/main/resources/areas
-- (provenance in its README); the load is idempotent.

create table province (
  code    integer primary key,          -- GSO province code: 79 Ho Chi Minh City, 1 Hanoi
  name_vi text not null,
  name_en text not null
);

create table area (
  code             integer primary key, -- GSO code of the unit (5 digits)
  province_code    integer not null references province (code),
  type             text not null check (type in ('WARD', 'COMMUNE', 'SPECIAL_ZONE')),
  name_vi          text not null,
  name_en          text not null,
  area_km2         numeric(9, 2),
  former_districts text not null        -- pre-2025 districts it lies in, as published
);

create index area_province on area (province_code);

-- A pre-2025 ward or commune merged, wholly or partly, into a unit. A unit split between several
-- new ones appears once per new unit with share 'partial'.
create table area_former_unit (
  area_code       integer not null references area (code),
  former_code     integer not null,
  former_name     text not null,
  share           text not null check (share in ('full', 'partial')),
  former_district text not null,
  primary key (area_code, former_code)
);
