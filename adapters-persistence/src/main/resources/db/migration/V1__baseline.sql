-- The baseline of Apotheca's schema: version 1 marks an empty database taken into Flyway's care.
-- Each capability adds its tables in a migration of its own (V2 onwards); a migration that has
-- been released is never edited, only followed by another.
SELECT 1;
