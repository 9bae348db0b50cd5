-- Turno del almacén de indicadores (issue de concurrencia).
--
-- Cada transacción que cambia un caso, una actividad o una persona ajusta el almacén (indicador_hecho,
-- indicador_clave, indicador_conteo, indicador_conteo_mes) en la misma transacción. Dos transacciones que tocan las
-- mismas claves o los mismos conteos (la ciudad, sede_id = 0, la tocan todas) tomaban sus filas en distinto orden y
-- MariaDB abortaba una por bloqueo mutuo (deadlock). Ahora, antes de tocar el almacén, la transacción toma la única
-- fila de esta tabla con SELECT … FOR UPDATE y la suelta al confirmar o revertir: el mantenimiento del almacén va en
-- fila, uno a la vez, y nunca hay un ciclo de bloqueos dentro del almacén. Ver docs/concurrencia.md.
CREATE TABLE almacen_turno (
    id    TINYINT NOT NULL,
    turno BIGINT  NOT NULL,
    CONSTRAINT pk_almacen_turno PRIMARY KEY (id),
    CONSTRAINT ck_almacen_turno_unica CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO almacen_turno (id, turno) VALUES (1, 0);

-- El consecutivo de radicado de los años del plan existe de antemano: la apertura solo hace UPDATE de su fila (un
-- bloqueo exclusivo directo, sin el INSERT IGNORE que tomaba un bloqueo compartido y chocaba al pasar a exclusivo).
INSERT IGNORE INTO consecutivo_radicado (anio, ultimo) VALUES (2024, 0), (2025, 0), (2026, 0), (2027, 0), (2028, 0);
