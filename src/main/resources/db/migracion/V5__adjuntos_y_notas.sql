-- Ruta 0.2 — adjuntos (soportes, formatos firmados) y notas de los casos.
-- El contenido va en su propia tabla para que las listas nunca lo lean.

CREATE TABLE adjunto (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    caso_id          BIGINT       NULL,
    persona_id       BIGINT       NULL,
    nombre           VARCHAR(200) NOT NULL,
    tipo             VARCHAR(100) NOT NULL,
    tamano           INT          NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    descripcion      VARCHAR(500) NULL,
    anulado          BOOLEAN      NOT NULL DEFAULT FALSE,
    anulado_en       TIMESTAMP(3) NULL,
    anulado_por      VARCHAR(100) NULL,
    creado_en        TIMESTAMP(3) NOT NULL,
    creado_por       VARCHAR(100) NOT NULL,
    CONSTRAINT pk_adjunto PRIMARY KEY (id),
    CONSTRAINT fk_adjunto_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    CONSTRAINT fk_adjunto_persona FOREIGN KEY (persona_id) REFERENCES persona (id),
    CONSTRAINT ck_adjunto_duenio CHECK (caso_id IS NOT NULL OR persona_id IS NOT NULL),
    INDEX ix_adjunto_caso (caso_id),
    INDEX ix_adjunto_persona (persona_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE adjunto_contenido (
    adjunto_id BIGINT   NOT NULL,
    contenido  LONGBLOB NOT NULL,
    CONSTRAINT pk_adjunto_contenido PRIMARY KEY (adjunto_id),
    CONSTRAINT fk_adjunto_contenido FOREIGN KEY (adjunto_id) REFERENCES adjunto (id)
) ENGINE = InnoDB;

CREATE TABLE nota (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    caso_id    BIGINT       NOT NULL,
    texto      TEXT         NOT NULL,
    creado_en  TIMESTAMP(3) NOT NULL,
    creado_por VARCHAR(100) NOT NULL,
    CONSTRAINT pk_nota PRIMARY KEY (id),
    CONSTRAINT fk_nota_caso FOREIGN KEY (caso_id) REFERENCES caso (id),
    INDEX ix_nota_caso (caso_id, creado_en)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
