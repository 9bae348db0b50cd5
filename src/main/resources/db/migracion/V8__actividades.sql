-- Ruta 0.4 — registro de actividades colectivas (jornadas, estrategias, acciones) con sus tipos, la asistencia y
-- las evidencias (adjuntos), fuente de los indicadores de fuente «actividades». Además, la marca de sincronización
-- del grupo de Keycloak de cada sede (/sedes/<codigo>), que Ruta crea al crear la sede.

CREATE TABLE tipo_actividad (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    codigo           VARCHAR(60)  NOT NULL,
    nombre           VARCHAR(200) NOT NULL,
    descripcion      VARCHAR(500) NULL,
    -- Qué es el «objeto» de la actividad (p. ej. «Entorno urbano»); NULL = este tipo no lleva objeto.
    etiqueta_objeto  VARCHAR(120) NULL,
    objeto_requerido BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Tipos del plan de desarrollo: alimentan indicadores; su código y su objeto no cambian.
    del_plan         BOOLEAN      NOT NULL DEFAULT FALSE,
    indicador        VARCHAR(20)  NULL,
    activo           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          INT          NOT NULL DEFAULT 0,
    creado_en        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por       VARCHAR(100) NOT NULL,
    modificado_en    TIMESTAMP(3) NULL,
    modificado_por   VARCHAR(100) NULL,
    CONSTRAINT pk_tipo_actividad PRIMARY KEY (id),
    CONSTRAINT uk_tipo_actividad_codigo UNIQUE (codigo),
    CONSTRAINT ck_tipo_actividad_objeto CHECK (objeto_requerido = FALSE OR etiqueta_objeto IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Los tipos que nombran las reglas de los indicadores del plan (antes de crear disparadores: MariaDB 11.4).
INSERT INTO tipo_actividad (codigo, nombre, etiqueta_objeto, objeto_requerido, del_plan, indicador, creado_por) VALUES
    ('JORNADA_MEDIACION_DESARME', 'Jornada de mediación y desarme', NULL, FALSE, TRUE, 'PZ.JOV.2', 'migracion'),
    ('ESTRATEGIA_EGRESADOS_SRPA', 'Estrategia para egresados del SRPA', 'Estrategia', TRUE, TRUE, 'PZ.JOV.4', 'migracion'),
    ('DIFUSION_COMISION_VERDAD', 'Acción de difusión del informe de la Comisión de la Verdad', NULL, FALSE, TRUE, 'PZ.VIC.15', 'migracion'),
    ('ARTICULACION_UBPD', 'Acción de articulación con la UBPD', NULL, FALSE, TRUE, 'PZ.VIC.16', 'migracion'),
    ('MEDIDA_SATISFACCION', 'Medida de satisfacción', NULL, FALSE, TRUE, 'PZ.VIC.17', 'migracion'),
    ('INICIATIVA_MEMORIA', 'Iniciativa de memoria asistida', 'Iniciativa', TRUE, TRUE, 'PZ.VIC.14', 'migracion'),
    ('RECUPERACION_ENTORNO', 'Recuperación de entorno urbano', 'Entorno urbano', TRUE, TRUE, 'PZ.CON.2', 'migracion'),
    ('CREACION_ESCUELA_CONVIVENCIA', 'Creación de escuela de formación para la convivencia', 'Escuela', TRUE, TRUE, 'PZ.CON.3', 'migracion'),
    ('GRUPO_GESTORES_DDHH', 'Grupo de gestores de derechos humanos', 'Grupo', TRUE, TRUE, 'PZ.DDH.3', 'migracion'),
    ('ESTRATEGIA_PROMOCION_DERECHOS', 'Estrategia de promoción de derechos', 'Estrategia', TRUE, TRUE, 'PZ.DDH.1', 'migracion'),
    ('ESTRATEGIA_PREVENCION_TRATA', 'Estrategia de prevención de la trata de personas', 'Estrategia', TRUE, TRUE, 'PZ.DDH.5', 'migracion'),
    ('CONVENIO_INPEC', 'Convenio con el INPEC', NULL, FALSE, TRUE, 'PZ.PEN.3', 'migracion'),
    ('JORNADA_EXTRAMURAL_MIGRANTES', 'Jornada extramural para migrantes', NULL, FALSE, TRUE, 'GE.MIG.2', 'migracion');

CREATE TABLE actividad (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tipo_id          BIGINT       NOT NULL,
    fecha            DATE         NOT NULL,
    lugar            VARCHAR(200) NOT NULL,
    localidad        VARCHAR(80)  NULL,
    sede_id          BIGINT       NOT NULL,
    participantes    INT          NOT NULL,
    objeto           VARCHAR(200) NULL,
    -- El objeto normalizado (minúsculas, sin tildes, espacios sencillos): para contar objetos distintos.
    objeto_clave     VARCHAR(200) NULL,
    descripcion      TEXT         NULL,
    anulada          BOOLEAN      NOT NULL DEFAULT FALSE,
    anulada_en       TIMESTAMP(3) NULL,
    anulada_por      VARCHAR(100) NULL,
    motivo_anulacion VARCHAR(500) NULL,
    clave_envio      VARCHAR(64)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    creado_en        TIMESTAMP(3) NOT NULL,
    creado_por       VARCHAR(100) NOT NULL,
    modificado_en    TIMESTAMP(3) NULL,
    modificado_por   VARCHAR(100) NULL,
    CONSTRAINT pk_actividad PRIMARY KEY (id),
    CONSTRAINT fk_actividad_tipo FOREIGN KEY (tipo_id) REFERENCES tipo_actividad (id),
    CONSTRAINT fk_actividad_sede FOREIGN KEY (sede_id) REFERENCES sede (id),
    CONSTRAINT uk_actividad_envio UNIQUE (clave_envio),
    CONSTRAINT ck_actividad_participantes CHECK (participantes >= 0),
    CONSTRAINT ck_actividad_anulada CHECK (anulada = FALSE OR motivo_anulacion IS NOT NULL),
    INDEX ix_actividad_tipo_fecha (tipo_id, fecha),
    INDEX ix_actividad_sede_fecha (sede_id, fecha)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Las personas del registro que asistieron (opcional: «participantes» es el total, registradas o no). Quién
-- agregó a cada una queda en la auditoría.
CREATE TABLE actividad_persona (
    actividad_id BIGINT       NOT NULL,
    persona_id   BIGINT       NOT NULL,
    CONSTRAINT pk_actividad_persona PRIMARY KEY (actividad_id, persona_id),
    CONSTRAINT fk_actividad_persona_actividad FOREIGN KEY (actividad_id) REFERENCES actividad (id),
    CONSTRAINT fk_actividad_persona_persona FOREIGN KEY (persona_id) REFERENCES persona (id),
    INDEX ix_actividad_persona_persona (persona_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidencias (acta, listado de asistencia, fotos): adjuntos de una actividad. Un adjunto se anula con motivo.
ALTER TABLE adjunto
    ADD COLUMN actividad_id BIGINT NULL AFTER persona_id,
    ADD COLUMN motivo_anulacion VARCHAR(500) NULL AFTER anulado_por,
    ADD CONSTRAINT fk_adjunto_actividad FOREIGN KEY (actividad_id) REFERENCES actividad (id),
    ADD INDEX ix_adjunto_actividad (actividad_id, anulado);
ALTER TABLE adjunto DROP CONSTRAINT ck_adjunto_duenio;
ALTER TABLE adjunto ADD CONSTRAINT ck_adjunto_duenio
    CHECK (caso_id IS NOT NULL OR persona_id IS NOT NULL OR actividad_id IS NOT NULL);

-- El código de un tipo no cambia (los indicadores lo nombran) y los tipos no se borran (se desactivan).
CREATE TRIGGER tipo_actividad_codigo_fijo BEFORE UPDATE ON tipo_actividad FOR EACH ROW
BEGIN
    IF NEW.codigo <> OLD.codigo OR NEW.del_plan <> OLD.del_plan THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'El código de un tipo de actividad no cambia';
    END IF;
END;

CREATE TRIGGER tipo_actividad_sin_borrado BEFORE DELETE ON tipo_actividad FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Los tipos de actividad no se borran; se desactivan';

CREATE TRIGGER actividad_sin_borrado BEFORE DELETE ON actividad FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las actividades no se borran; se anulan con motivo';

-- Sedes: cuándo quedó creado su grupo /sedes/<codigo> en Keycloak (NULL = pendiente; Ruta reintenta).
-- Las de la línea base ya vienen en el realm importado (realm-config/ruta-realm.json).
ALTER TABLE sede ADD COLUMN grupo_sincronizado_en TIMESTAMP(3) NULL;
UPDATE sede SET grupo_sincronizado_en = CURRENT_TIMESTAMP(3)
    WHERE codigo IN ('SICC', 'CJ-CHIQUINQUIRA', 'CJ-CANAPOTE', 'CJ-COUNTRY', 'CF-01', 'CF-02', 'CF-03', 'CF-04', 'CF-05',
                     'CF-06', 'CI-INTEGRATE');
