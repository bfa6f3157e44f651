-- Every write to "Organisation" bumps this sequence; app instances compare its
-- value with the one their in-memory facet index was built at
-- (app/modules/directory/facet-index.server.ts).
CREATE SEQUENCE organisation_directory_version;

CREATE FUNCTION organisation_directory_bump() RETURNS trigger AS $$
BEGIN
  PERFORM nextval('organisation_directory_version');
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_directory_bump
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION organisation_directory_bump();
