-- Búsqueda por índices (issue de concurrencia, ítem de la prueba de carga).
--
-- Buscar casos por texto comparaba LIKE '%palabra%' con el nombre de cada participante de cada caso visible: con un
-- millón de casos tardaba decenas de segundos y retenía su conexión. Ahora la búsqueda encuentra primero a las
-- personas por un índice y luego sus casos (ver docs/concurrencia.md, «Búsqueda por texto»):
--   * por nombre, con el índice FULLTEXT de nombre_busqueda (palabras normalizadas: minúsculas, sin tildes): cada
--     palabra de tres letras o más se busca como comienzo de palabra (MATCH … AGAINST ('+maria* +perez*' IN BOOLEAN
--     MODE)); innodb_ft_min_token_size es 3 por omisión, así que las palabras de una o dos letras no están en el
--     índice y solo afinan lo que el índice encontró;
--   * por número de documento, con el índice de numero_documento (el único de la tabla empieza por tipo_documento y no
--     sirve cuando el tipo no se conoce).
-- Sin palabras vacías: «de», «la», «del» no estorban (son cortas) y nombres como «Will» o «Amor» no se pierden.
SET SESSION innodb_ft_enable_stopword = OFF;

CREATE FULLTEXT INDEX ft_persona_nombre ON persona (nombre_busqueda);

CREATE INDEX ix_persona_numero ON persona (numero_documento);
