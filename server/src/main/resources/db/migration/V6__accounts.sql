-- Who may sign in, and what they may see (platform: Actor):
--   CITIZEN        their own household only
--   WARD_OFFICER   the persons and households of their ward; edits them
--   LEADER         city-wide, read; runs analyses and reforms
--   ANALYST        city-wide, read, national ID numbers masked; runs analyses and reforms
--   INSPECTOR      city-wide, read-only, with the change history
--   ADMIN          everything, including accounts
-- Passwords are stored only as hashes ({bcrypt}…, Spring Security's delegating format).

create table account (
  username      text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
  password_hash text not null,
  role          text not null check (role in ('CITIZEN', 'WARD_OFFICER', 'LEADER', 'ANALYST',
                                              'INSPECTOR', 'ADMIN')),
  ward_code     integer references area (code),
  household_id  bigint references household (id),
  display_name  text not null,
  enabled       boolean not null default true,
  created_at    timestamptz not null default now(),
  -- a ward officer has a ward, a citizen a household, and nobody else either
  check ((role = 'WARD_OFFICER') = (ward_code is not null)),
  check ((role = 'CITIZEN') = (household_id is not null))
);
