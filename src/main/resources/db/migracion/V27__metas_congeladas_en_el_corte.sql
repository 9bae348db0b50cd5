-- Ruta — issue 17 (rendición de cuentas): un corte congela también las metas con que se midió. Hasta V26 el corte
-- guardaba las cifras (corte_valor) y sus claves (corte_clave), pero la línea base, la meta del cuatrienio, la unidad,
-- el tipo de meta y las metas anuales se leían del catálogo al publicar: cambiar una meta entre el cierre y la
-- publicación cambiaba la meta publicada. Desde aquí Cortes.cerrar las copia en estas dos tablas, en la misma
-- transacción que las cifras, y el documento público las lee de aquí.

-- La programación de cada indicador al cerrar el corte.
CREATE TABLE corte_meta (
    corte_id   BIGINT        NOT NULL,
    indicador  VARCHAR(20)   NOT NULL,
    tipo_meta  VARCHAR(15)   NOT NULL,
    unidad     VARCHAR(100)  NOT NULL,
    linea_base DECIMAL(18,4) NULL,
    meta       DECIMAL(18,4) NOT NULL,
    CONSTRAINT pk_corte_meta PRIMARY KEY (corte_id, indicador),
    CONSTRAINT fk_corte_meta_corte FOREIGN KEY (corte_id) REFERENCES corte (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Las metas anuales del plan indicativo al cerrar el corte (solo las que estaban fijadas).
CREATE TABLE corte_meta_anual (
    corte_id  BIGINT        NOT NULL,
    indicador VARCHAR(20)   NOT NULL,
    anio      SMALLINT      NOT NULL,
    valor     DECIMAL(18,4) NOT NULL,
    CONSTRAINT pk_corte_meta_anual PRIMARY KEY (corte_id, indicador, anio),
    CONSTRAINT fk_corte_meta_anual_corte FOREIGN KEY (corte_id) REFERENCES corte (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Los cortes cerrados antes de esta migración no guardaron sus metas: reciben las del catálogo en el momento de
-- migrar (la mejor aproximación disponible; los cambios de metas anteriores quedan en la auditoría, entidad
-- meta_anual). Un corte ya publicado no cambia: su documento está en corte_publicado.
INSERT INTO corte_meta (corte_id, indicador, tipo_meta, unidad, linea_base, meta)
SELECT c.id, i.codigo, i.tipo_meta, i.unidad, i.linea_base, i.meta FROM corte c CROSS JOIN indicador i;

INSERT INTO corte_meta_anual (corte_id, indicador, anio, valor)
SELECT c.id, i.codigo, m.anio, m.valor FROM corte c CROSS JOIN meta_anual m JOIN indicador i ON i.id = m.indicador_id;

-- Lo congelado no cambia, como corte_valor.
CREATE TRIGGER corte_meta_sin_cambios BEFORE UPDATE ON corte_meta FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las metas de un corte no se modifican';
CREATE TRIGGER corte_meta_sin_borrado BEFORE DELETE ON corte_meta FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las metas de un corte no se borran';
CREATE TRIGGER corte_meta_anual_sin_cambios BEFORE UPDATE ON corte_meta_anual FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las metas de un corte no se modifican';
CREATE TRIGGER corte_meta_anual_sin_borrado BEFORE DELETE ON corte_meta_anual FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las metas de un corte no se borran';
