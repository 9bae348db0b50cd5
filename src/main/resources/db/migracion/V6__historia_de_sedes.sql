-- Ruta 0.2 — historia de las sedes: a qué Casa de Justicia pertenece un Centro de Conciliación, el estado de cada
-- sede a lo largo del tiempo y la dotación de las Inspecciones de Policía. Los indicadores leen esa historia «a la
-- fecha de corte»: un cambio posterior no mueve la cifra de una fecha pasada.
-- La historia es de solo inserción: una corrección es una fila nueva (con la misma fecha o una posterior), nunca un
-- UPDATE ni un DELETE. Las sedes no se borran (se cierran) y su código y su tipo no cambian: el código es el nombre
-- del grupo /sedes/<codigo> en Keycloak y el tipo decide en qué indicador cuenta la sede.

ALTER TABLE sede
    ADD COLUMN sede_padre_id BIGINT NULL AFTER tipo,
    ADD CONSTRAINT fk_sede_padre FOREIGN KEY (sede_padre_id) REFERENCES sede (id);

CREATE TABLE sede_estado (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    sede_id       BIGINT       NOT NULL,
    estado        VARCHAR(20)  NOT NULL,
    vigente_desde DATE         NOT NULL,
    motivo        VARCHAR(500) NOT NULL,
    reapertura    BOOLEAN      NOT NULL DEFAULT FALSE,
    version       INT          NOT NULL DEFAULT 0,
    creado_en     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por    VARCHAR(100) NOT NULL,
    CONSTRAINT pk_sede_estado PRIMARY KEY (id),
    CONSTRAINT fk_sede_estado_sede FOREIGN KEY (sede_id) REFERENCES sede (id),
    CONSTRAINT ck_sede_estado_estado CHECK (estado IN ('EN_CREACION', 'EN_OPERACION', 'SUSPENDIDA', 'CERRADA')),
    INDEX ix_sede_estado_fecha (sede_id, vigente_desde, id),
    INDEX ix_sede_estado_estado (estado, vigente_desde)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sede_dotacion (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    sede_id       BIGINT        NOT NULL,
    completa      BOOLEAN       NOT NULL,
    detalle       VARCHAR(1000) NOT NULL,
    vigente_desde DATE          NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    creado_en     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por    VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_sede_dotacion PRIMARY KEY (id),
    CONSTRAINT fk_sede_dotacion_sede FOREIGN KEY (sede_id) REFERENCES sede (id),
    INDEX ix_sede_dotacion_fecha (sede_id, vigente_desde, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Línea base al 31/12/2023 (Plan de Desarrollo 2024–2027): las sedes que ya existen, en operación.
INSERT INTO sede_estado (sede_id, estado, vigente_desde, motivo, creado_por)
SELECT id, 'EN_OPERACION', '2023-12-31', 'Línea base del Plan de Desarrollo 2024–2027 (Secretaría del Interior, 2023)',
       'migracion'
FROM sede
WHERE codigo IN ('SICC', 'CJ-CHIQUINQUIRA', 'CJ-CANAPOTE', 'CJ-COUNTRY', 'CF-01', 'CF-02', 'CF-03', 'CF-04', 'CF-05',
                 'CF-06', 'CI-INTEGRATE');

-- 33 Inspecciones de Policía operando sin dotación completa. Nombres provisionales: los corrigen los administradores.
INSERT INTO sede (codigo, nombre, tipo, creado_por) VALUES
    ('IP-01', 'Inspección de Policía 01', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-02', 'Inspección de Policía 02', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-03', 'Inspección de Policía 03', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-04', 'Inspección de Policía 04', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-05', 'Inspección de Policía 05', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-06', 'Inspección de Policía 06', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-07', 'Inspección de Policía 07', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-08', 'Inspección de Policía 08', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-09', 'Inspección de Policía 09', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-10', 'Inspección de Policía 10', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-11', 'Inspección de Policía 11', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-12', 'Inspección de Policía 12', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-13', 'Inspección de Policía 13', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-14', 'Inspección de Policía 14', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-15', 'Inspección de Policía 15', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-16', 'Inspección de Policía 16', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-17', 'Inspección de Policía 17', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-18', 'Inspección de Policía 18', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-19', 'Inspección de Policía 19', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-20', 'Inspección de Policía 20', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-21', 'Inspección de Policía 21', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-22', 'Inspección de Policía 22', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-23', 'Inspección de Policía 23', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-24', 'Inspección de Policía 24', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-25', 'Inspección de Policía 25', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-26', 'Inspección de Policía 26', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-27', 'Inspección de Policía 27', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-28', 'Inspección de Policía 28', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-29', 'Inspección de Policía 29', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-30', 'Inspección de Policía 30', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-31', 'Inspección de Policía 31', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-32', 'Inspección de Policía 32', 'INSPECCION_DE_POLICIA', 'migracion'),
    ('IP-33', 'Inspección de Policía 33', 'INSPECCION_DE_POLICIA', 'migracion');

INSERT INTO sede_estado (sede_id, estado, vigente_desde, motivo, creado_por)
SELECT id, 'EN_OPERACION', '2023-12-31', 'Línea base del Plan de Desarrollo 2024–2027 (Secretaría del Interior, 2023)',
       'migracion'
FROM sede
WHERE tipo = 'INSPECCION_DE_POLICIA' AND codigo LIKE 'IP-__' AND creado_por = 'migracion';

INSERT INTO sede_dotacion (sede_id, completa, detalle, vigente_desde, creado_por)
SELECT id, FALSE, 'Línea base: operando con deficiencias técnicas y operativas (Secretaría del Interior, 2024)',
       '2023-12-31', 'migracion'
FROM sede
WHERE tipo = 'INSPECCION_DE_POLICIA' AND codigo LIKE 'IP-__' AND creado_por = 'migracion';

-- Solo inserción (la cuenta de la aplicación no tiene TRIGGER ni DROP para quitar estos disparadores). Van después
-- de los datos: en MariaDB 11.4 un INSERT … SELECT de varias filas en una tabla con disparador BEFORE UPDATE falla
-- con «Column 'sede_id' cannot be null» (error 1048).
CREATE TRIGGER sede_estado_sin_cambios BEFORE UPDATE ON sede_estado FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'La historia de estados de las sedes es de solo inserción';

CREATE TRIGGER sede_estado_sin_borrado BEFORE DELETE ON sede_estado FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'La historia de estados de las sedes es de solo inserción';

CREATE TRIGGER sede_dotacion_sin_cambios BEFORE UPDATE ON sede_dotacion FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'La historia de dotación de las sedes es de solo inserción';

CREATE TRIGGER sede_dotacion_sin_borrado BEFORE DELETE ON sede_dotacion FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'La historia de dotación de las sedes es de solo inserción';

CREATE TRIGGER sede_sin_borrado BEFORE DELETE ON sede FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las sedes no se borran: se cierran';

CREATE TRIGGER sede_codigo_tipo_y_padre_fijos BEFORE UPDATE ON sede FOR EACH ROW
BEGIN
    IF NEW.codigo <> OLD.codigo OR NEW.tipo <> OLD.tipo OR NOT (NEW.sede_padre_id <=> OLD.sede_padre_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'El código, el tipo y la sede padre de una sede no cambian';
    END IF;
END;
