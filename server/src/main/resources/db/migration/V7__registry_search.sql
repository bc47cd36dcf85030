-- Search and matching in the registry (module registry: RegistrySearch, Duplicates).
--
-- Names are searched without diacritics: "nguyen van an" finds "Nguyễn Văn An". registry_fold
-- lowers a name and drops the Vietnamese tone and vowel marks (đ/Đ becomes d). It maps each
-- precomposed letter explicitly rather than relying on unaccent or the database's locale: lower()
-- in the C locale leaves non-ASCII letters alone, and the application stores names in NFC, so
-- these are the only forms a stored name has. NameFold in the application folds the same way
-- (a test compares the two).
create function registry_fold(name text) returns text
  language sql immutable strict parallel safe
  return lower(translate(name,
    'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'));

-- The folded name. The application writes it with the name (NameFold, in Java: folding a million
-- names in SQL costs more than the rest of a bulk import); the trigger fills it for any writer that
-- does not (the demo city's COPY, a hand-written insert) and refreshes it when only the name changes.
alter table person add column name_folded text;
update person set name_folded = registry_fold(full_name);

create function person_name_folded() returns trigger language plpgsql as $$
begin
  if new.name_folded is null
     or (tg_op = 'UPDATE' and new.full_name is distinct from old.full_name
         and new.name_folded is not distinct from old.name_folded) then
    new.name_folded := registry_fold(new.full_name);
  end if;
  return new;
end $$;

create trigger person_name_folded before insert or update on person
  for each row execute function person_name_folded();

-- Substring search on the folded name ("van an" finds "Nguyễn Văn An") through trigrams.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it; the embedded
-- PostgreSQL's binaries ship it.
create extension if not exists pg_trgm;
create index person_name_folded on person using gin (name_folded gin_trgm_ops);

-- Household codes are searched by prefix.
create index household_code_prefix on household (code text_pattern_ops);
