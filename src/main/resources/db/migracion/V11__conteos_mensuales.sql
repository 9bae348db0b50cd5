-- Ruta 0.11 — conteos mensuales del almacén de indicadores.
--
-- El tablero sumaba los conteos diarios (indicador_conteo) desde el inicio del periodo hasta la fecha de corte: a
-- escala de ciudad, decenas de miles de filas por petición. indicador_conteo_mes guarda las mismas cantidades por
-- mes (mes = primer día del mes). El tablero suma los meses completos anteriores al mes del corte y, de ese mes, los
-- días hasta el corte: unas pocas miles de filas para cualquier corte. Las dos tablas se ajustan juntas, en la misma
-- sentencia de Java y en la misma transacción que cambia el caso o la actividad (Almacen.contar); el recuento de
-- operaciones y la prueba de operaciones al azar comparan el resultado con el cálculo en vivo.

CREATE TABLE indicador_conteo_mes (
    sede_id    BIGINT      NOT NULL,
    ambito     SMALLINT    NOT NULL,
    mes        DATE        NOT NULL,
    indicador  VARCHAR(20) NOT NULL,
    componente CHAR(3)     NOT NULL,
    cantidad   INT         NOT NULL,
    CONSTRAINT pk_indicador_conteo_mes PRIMARY KEY (sede_id, ambito, mes, indicador, componente),
    CONSTRAINT ck_indicador_conteo_mes CHECK (DAYOFMONTH(mes) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO indicador_conteo_mes (sede_id, ambito, mes, indicador, componente, cantidad)
SELECT sede_id, ambito, DATE_SUB(fecha, INTERVAL DAYOFMONTH(fecha) - 1 DAY), indicador, componente, SUM(cantidad)
FROM indicador_conteo
GROUP BY sede_id, ambito, DATE_SUB(fecha, INTERVAL DAYOFMONTH(fecha) - 1 DAY), indicador, componente
HAVING SUM(cantidad) <> 0;
