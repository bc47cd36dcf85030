-- What each person reached in fact, beside the enrolment table: the access analysis compares it
-- with what the law makes them eligible for (simulation: PopulationFacts, Programme). Null means
-- "not recorded" and is read as not reached.
alter table person
  add column received_vocational_training_support boolean, -- in the last 12 months
  add column has_preferential_loan                boolean, -- the household holds a VBSP loan
  add column attends_public_school                boolean,
  add column received_emergency_assistance        boolean; -- in the last emergency
