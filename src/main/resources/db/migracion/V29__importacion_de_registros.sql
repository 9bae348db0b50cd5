-- Importación de los registros del cuatrienio desde hojas de cálculo (issue 14). Un lote es una carga de un archivo
-- para una ruta y una sede; cada registro creado queda enlazado a su lote y a la clave de su fila de origen (huella
-- de sus valores), de modo que volver a importar la misma fila no crea nada mientras su lote no esté anulado. Las
-- filas que fallaron se guardan con sus motivos para descargarlas, corregirlas e importarlas otra vez.
CREATE TABLE importacion_lote (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    ruta              VARCHAR(40)  NOT NULL,
    sede_codigo       VARCHAR(40)  NOT NULL,
    archivo           VARCHAR(200) NOT NULL,
    huella            CHAR(64)     NOT NULL,
    estado            VARCHAR(20)  NOT NULL,
    filas             INT          NOT NULL,
    creadas           INT          NOT NULL,
    ya_importadas     INT          NOT NULL,
    con_errores       INT          NOT NULL,
    personas_nuevas   INT          NOT NULL,
    anulado_en        TIMESTAMP(3) NULL,
    anulado_por       VARCHAR(100) NULL,
    motivo_anulacion  VARCHAR(500) NULL,
    version           INT          NOT NULL,
    creado_en         TIMESTAMP(3) NOT NULL,
    creado_por        VARCHAR(100) NOT NULL,
    modificado_en     TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY ix_importacion_lote_sede (sede_codigo, creado_en),
    KEY ix_importacion_lote_huella (huella, estado)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE importacion_registro (
    id              BIGINT   NOT NULL AUTO_INCREMENT,
    lote_id         BIGINT   NOT NULL,
    fila            INT      NOT NULL,
    clave_fila      CHAR(64) NOT NULL,
    persona_id      BIGINT   NOT NULL,
    persona_nueva   BOOLEAN  NOT NULL,
    caso_id         BIGINT   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_importacion_registro (lote_id, clave_fila),
    KEY ix_importacion_registro_clave (clave_fila),
    KEY ix_importacion_registro_caso (caso_id),
    CONSTRAINT fk_importacion_registro_lote FOREIGN KEY (lote_id) REFERENCES importacion_lote (id),
    CONSTRAINT fk_importacion_registro_persona FOREIGN KEY (persona_id) REFERENCES persona (id),
    CONSTRAINT fk_importacion_registro_caso FOREIGN KEY (caso_id) REFERENCES caso (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE importacion_fila_con_error (
    id        BIGINT   NOT NULL AUTO_INCREMENT,
    lote_id   BIGINT   NOT NULL,
    fila      INT      NOT NULL,
    valores   TEXT     NOT NULL,
    motivos   TEXT     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_importacion_fila_con_error_lote (lote_id, fila),
    CONSTRAINT fk_importacion_fila_con_error_lote FOREIGN KEY (lote_id) REFERENCES importacion_lote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
