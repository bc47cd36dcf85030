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

-- The folded name, kept by the database itself: COPY, inserts and updates all fill it.
alter table person add column name_folded text generated always as (registry_fold(full_name)) stored;

-- Substring search on the folded name ("van an" finds "Nguyễn Văn An") through trigrams.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it; the embedded
-- PostgreSQL's binaries ship it.
create extension if not exists pg_trgm;
create index person_name_folded on person using gin (name_folded gin_trgm_ops);

-- Household codes are searched by prefix.
create index household_code_prefix on household (code text_pattern_ops);

-- Probable duplicates: the same folded name and birth date in one household.
create index person_household_birth on person (household_id, birth_date, name_folded);
