-- How French names each territory after a preposition, written by the reference loader from the COG's article
-- (typeLiaison) or perimeter.json: "de Lens", "d’Arras", "du Pas-de-Calais", "de la CA de Lens - Liévin", "du
-- périmètre de l’AULA" (of); "à Lens", "au Pas-de-Calais" (to); "à Lens", "dans le Pas-de-Calais" (in). Null where
-- no loader wrote them: the API then guesses them from the name.
alter table platform.territory
    add column name_of text,
    add column name_to text,
    add column name_in text,
    -- How many communes the territory has in the COG, whether or not the referential holds them all: the
    -- Pas-de-Calais has 887, of which the agency's perimeter holds 318. Aggregates over the communes held say so.
    add column commune_count integer check (commune_count >= 0);
