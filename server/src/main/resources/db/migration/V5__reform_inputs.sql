-- Inputs the seed reforms read (policy-vn ReformInputs): who the HCMC proposal of seed 004 names.
-- Null means "not recorded", as for every input column (see V2).
alter table person
  add column disadvantaged_student boolean,
  add column is_orphan             boolean;
