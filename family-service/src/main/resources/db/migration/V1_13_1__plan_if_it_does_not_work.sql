-- A family conference's plan keeps the family's own words for what it does if the plan does not work (issue 22).
ALTER TABLE plan ADD COLUMN if_it_does_not_work varchar(2000);
