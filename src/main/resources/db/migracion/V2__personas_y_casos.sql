-- Ruta 0.2 — personas, casos y lo que se hace en ellos (atenciones, remisiones, seguimientos, notas).
-- Nada se borra: anular deja el registro con quién, cuándo y por qué.

CREATE TABLE persona (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    tipo_documento         VARCHAR(20)  NOT NULL,
    numero_documento       VARCHAR(30)  NULL,
    nombres                VARCHAR(120) NOT NULL,
    apellidos              VARCHAR(120) NOT NULL,
    nombre_busqueda        VARCHAR(300) NOT NULL,
    fecha_nacimiento       DATE         NULL,
    sexo                   VARCHAR(20)  NULL,
    identidad_genero       VARCHAR(40)  NULL,
    orientacion_sexual     VARCHAR(40)  NULL,
    etnia                  VARCHAR(30)  NULL,
    discapacidad           VARCHAR(200) NULL,
    nacionalidad           VARCHAR(60)  NULL,
    estatus_migratorio     VARCHAR(40)  NULL,
    victima_conflicto      BOOLEAN      NOT NULL DEFAULT FALSE,
    registrada_ruv         BOOLEAN      NOT NULL DEFAULT FALSE,
    telefono               VARCHAR(40)  NULL,
    correo                 VARCHAR(120) NULL,
    direccion              VARCHAR(200) NULL,
    localidad              VARCHAR(80)  NULL,
    barrio                 VARCHAR(120) NULL,
    fusionada_en           BIGINT       NULL,
    clave_envio            VARCHAR(64)  NULL,
    version                INT          NOT NULL DEFAULT 0,
    creado_en              TIMESTAMP(3) NOT NULL,
    creado_por             VARCHAR(100) NOT NULL,
    modificado_en          TIMESTAMP(3) NULL,
    modificado_por         VARCHAR(100) NULL,
    CONSTRAINT pk_persona PRIMARY KEY (id),
    CONSTRAINT uk_persona_documento UNIQUE (tipo_documento, numero_documento),
    CONSTRAINT uk_persona_envio UNIQUE (clave_envio),
    CONSTRAINT fk_persona_fusion FOREIGN KEY (fusionada_en) REFERENCES persona (id),
    INDEX ix_persona_nombre (nombre_busqueda)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Autorización de tratamiento de datos (Ley 1581 de 2012), una fila por autorización otorgada o revocada.
CREATE TABLE consentimiento (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    persona_id    BIGINT       NOT NULL,
    fecha         DATE         NOT NULL,
    alcance       VARCHAR(40)  NOT NULL,
    soporte       VARCHAR(200) NULL,
    revocado_en   TIMESTAMP(3) NULL,
    revocado_por  VARCHAR(100) NULL,
    creado_en     TIMESTAMP(3) NOT NULL,
    creado_por    VARCHAR(100) NOT NULL,
    CONSTRAINT pk_consentimiento PRIMARY KEY (id),
    CONSTRAINT fk_consentimiento_persona FOREIGN KEY (persona_id) REFERENCES persona (id),
    INDEX ix_consentimiento_persona (persona_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consecutivo del radicado por año (RUTA-2026-000123): se toma con SELECT … FOR UPDATE.
CREATE TABLE consecutivo_radicado (
    anio   INT    NOT NULL,
    ultimo BIGINT NOT NULL,
    CONSTRAINT pk_consecutivo_radicado PRIMARY KEY (anio)
) ENGINE = InnoDB;

CREATE TABLE caso (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    radicado         VARCHAR(20)  NOT NULL,
    ruta             VARCHAR(40)  NOT NULL,
    sede_id          BIGINT       NOT NULL,
    gestor           VARCHAR(100) NOT NULL,
    estado           VARCHAR(40)  NOT NULL,
    fecha_apertura   DATE         NOT NULL,
    fecha_cierre     DATE         NULL,
    motivo_cierre    VARCHAR(500) NULL,
    narrativa        TEXT         NULL,
    -- Campos propios de cada ruta (JSON validado por la ruta en el código).
    datos_ruta       TEXT         NULL,
    anulado          BOOLEAN      NOT NULL DEFAULT FALSE,
    anulado_en       TIMESTAMP(3) NULL,
    anulado_por      VARCHAR(100) NULL,
    motivo_anulacion VARCHAR(500) NULL,
    clave_envio      VARCHAR(64)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    creado_en        TIMESTAMP(3) NOT NULL,
    creado_por       VARCHAR(100) NOT NULL,
    modificado_en    TIMESTAMP(3) NULL,
    modificado_por   VARCHAR(100) NULL,
    CONSTRAINT pk_caso PRIMARY KEY (id),
    CONSTRAINT uk_caso_radicado UNIQUE (radicado),
    CONSTRAINT uk_caso_envio UNIQUE (clave_envio),
    CONSTRAINT fk_caso_sede FOREIGN KEY (sede_id) REFERENCES sede (id),
    INDEX ix_caso_sede_ruta (sede_id, ruta, estado),
    INDEX ix_caso_gestor (gestor, estado),
    INDEX ix_caso_apertura (fecha_apertura)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE caso_persona (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    caso_id    BIGINT      NOT NULL,
    persona_id BIGINT      NOT NULL,
    rol        VARCHAR(30) NOT NULL,
    CONSTRAINT pk_caso_persona PRIMARY KEY (id),
    CONSTRAINT uk_caso_persona UNIQUE (caso_id, persona_id, rol),
    CONSTRAINT fk_caso_persona_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    CONSTRAINT fk_caso_persona_persona FOREIGN KEY (persona_id) REFERENCES persona (id),
    INDEX ix_caso_persona_persona (persona_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Servicios efectivamente prestados: lo que cuentan los indicadores.
CREATE TABLE atencion (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    caso_id          BIGINT       NOT NULL,
    persona_id       BIGINT       NULL,
    tipo             VARCHAR(60)  NOT NULL,
    fecha            DATE         NOT NULL,
    prestada_por     VARCHAR(100) NOT NULL,
    notas            TEXT         NULL,
    anulada          BOOLEAN      NOT NULL DEFAULT FALSE,
    anulada_en       TIMESTAMP(3) NULL,
    anulada_por      VARCHAR(100) NULL,
    motivo_anulacion VARCHAR(500) NULL,
    clave_envio      VARCHAR(64)  NULL,
    creado_en        TIMESTAMP(3) NOT NULL,
    creado_por       VARCHAR(100) NOT NULL,
    CONSTRAINT pk_atencion PRIMARY KEY (id),
    CONSTRAINT uk_atencion_envio UNIQUE (clave_envio),
    CONSTRAINT fk_atencion_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    CONSTRAINT fk_atencion_persona FOREIGN KEY (persona_id) REFERENCES persona (id),
    INDEX ix_atencion_caso (caso_id),
    INDEX ix_atencion_tipo_fecha (tipo, fecha)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE remision (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    caso_id             BIGINT       NOT NULL,
    entidad             VARCHAR(40)  NOT NULL,
    sede_destino_id     BIGINT       NULL,
    fecha               DATE         NOT NULL,
    motivo              VARCHAR(1000) NOT NULL,
    comparte_datos      BOOLEAN      NOT NULL,
    justificacion_sin_consentimiento VARCHAR(1000) NULL,
    estado              VARCHAR(20)  NOT NULL,
    fecha_respuesta     DATE         NULL,
    respuesta           VARCHAR(1000) NULL,
    clave_envio         VARCHAR(64)  NULL,
    creado_en           TIMESTAMP(3) NOT NULL,
    creado_por          VARCHAR(100) NOT NULL,
    CONSTRAINT pk_remision PRIMARY KEY (id),
    CONSTRAINT uk_remision_envio UNIQUE (clave_envio),
    CONSTRAINT fk_remision_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    CONSTRAINT fk_remision_sede FOREIGN KEY (sede_destino_id) REFERENCES sede (id),
    INDEX ix_remision_caso (caso_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE seguimiento (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    caso_id           BIGINT       NOT NULL,
    descripcion       VARCHAR(1000) NOT NULL,
    fecha_vencimiento DATE         NOT NULL,
    cumplido_en       DATE         NULL,
    resultado         VARCHAR(1000) NULL,
    creado_en         TIMESTAMP(3) NOT NULL,
    creado_por        VARCHAR(100) NOT NULL,
    CONSTRAINT pk_seguimiento PRIMARY KEY (id),
    CONSTRAINT fk_seguimiento_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    INDEX ix_seguimiento_pendiente (cumplido_en, fecha_vencimiento)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Historia de estados del caso: cada transición con quién, cuándo y por qué.
CREATE TABLE caso_evento (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    caso_id     BIGINT       NOT NULL,
    momento     TIMESTAMP(3) NOT NULL,
    usuario     VARCHAR(100) NOT NULL,
    estado_de   VARCHAR(40)  NULL,
    estado_a    VARCHAR(40)  NOT NULL,
    motivo      VARCHAR(1000) NULL,
    CONSTRAINT pk_caso_evento PRIMARY KEY (id),
    CONSTRAINT fk_caso_evento_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    INDEX ix_caso_evento_caso (caso_id, momento)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
