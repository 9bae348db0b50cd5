-- Ruta 0.1 — base: registro de sedes (al que pertenecen los usuarios) y rastro de auditoría de solo inserción.

CREATE TABLE sede (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    codigo         VARCHAR(40)  NOT NULL,
    nombre         VARCHAR(200) NOT NULL,
    tipo           VARCHAR(40)  NOT NULL,
    localidad      VARCHAR(80)  NULL,
    direccion      VARCHAR(200) NULL,
    version        INT          NOT NULL DEFAULT 0,
    creado_en      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por     VARCHAR(100) NOT NULL,
    modificado_en  TIMESTAMP(3) NULL,
    modificado_por VARCHAR(100) NULL,
    CONSTRAINT pk_sede PRIMARY KEY (id),
    CONSTRAINT uk_sede_codigo UNIQUE (codigo),
    CONSTRAINT ck_sede_tipo CHECK (tipo IN ('SEDE_ADMINISTRATIVA', 'CASA_DE_JUSTICIA', 'COMISARIA_DE_FAMILIA',
        'COMISARIA_DE_FAMILIA_MOVIL', 'INSPECCION_DE_POLICIA', 'CENTRO_DE_CONCILIACION', 'CENTRO_DE_TRASLADO_POR_PROTECCION',
        'CASA_DE_ACOGIDA', 'CENTRO_INTEGRATE', 'ALBERGUE', 'ESTABLECIMIENTO_DE_RECLUSION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sedes de la línea base (31/12/2023). Los nombres provisionales los corrigen los administradores.
INSERT INTO sede (codigo, nombre, tipo, localidad, creado_por) VALUES
    ('SICC', 'Secretaría del Interior y Convivencia Ciudadana', 'SEDE_ADMINISTRATIVA', 'Histórica y del Caribe Norte', 'migracion'),
    ('CJ-CHIQUINQUIRA', 'Casa de Justicia de Chiquinquirá', 'CASA_DE_JUSTICIA', NULL, 'migracion'),
    ('CJ-CANAPOTE', 'Casa de Justicia de Canapote', 'CASA_DE_JUSTICIA', 'Histórica y del Caribe Norte', 'migracion'),
    ('CJ-COUNTRY', 'Casa de Justicia del Country', 'CASA_DE_JUSTICIA', NULL, 'migracion'),
    ('CF-01', 'Comisaría de Familia 1', 'COMISARIA_DE_FAMILIA', NULL, 'migracion'),
    ('CF-02', 'Comisaría de Familia 2', 'COMISARIA_DE_FAMILIA', NULL, 'migracion'),
    ('CF-03', 'Comisaría de Familia 3', 'COMISARIA_DE_FAMILIA', NULL, 'migracion'),
    ('CF-04', 'Comisaría de Familia 4', 'COMISARIA_DE_FAMILIA', NULL, 'migracion'),
    ('CF-05', 'Comisaría de Familia 5', 'COMISARIA_DE_FAMILIA', NULL, 'migracion'),
    ('CF-06', 'Comisaría de Familia 6', 'COMISARIA_DE_FAMILIA', NULL, 'migracion'),
    ('CI-INTEGRATE', 'Centro Intégrate', 'CENTRO_INTEGRATE', NULL, 'migracion');

-- Rastro de auditoría: quién, cuándo, desde dónde, sobre qué registro y qué acción.
CREATE TABLE auditoria (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    momento      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    usuario      VARCHAR(100) NOT NULL,
    direccion_ip VARCHAR(45)  NULL,
    accion       VARCHAR(30)  NOT NULL,
    entidad      VARCHAR(60)  NULL,
    entidad_id   VARCHAR(60)  NULL,
    detalle      TEXT         NULL,
    CONSTRAINT pk_auditoria PRIMARY KEY (id),
    INDEX ix_auditoria_momento (momento),
    INDEX ix_auditoria_entidad (entidad, entidad_id, momento),
    INDEX ix_auditoria_usuario (usuario, momento)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Solo inserción: ninguna cuenta puede cambiar ni borrar filas del rastro (la cuenta de la aplicación,
-- además, no tiene permiso TRIGGER ni DROP para quitar estos disparadores).
CREATE TRIGGER auditoria_sin_cambios BEFORE UPDATE ON auditoria FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'El rastro de auditoría es de solo inserción';

CREATE TRIGGER auditoria_sin_borrado BEFORE DELETE ON auditoria FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'El rastro de auditoría es de solo inserción';
