-- Ruta — issue 17 (rendición de cuentas): un supervisor publica un corte cerrado (y puede retirarlo). Al publicar se
-- congela aquí el documento público de ese corte —cifras del corte, metas y líneas base, serie anual y
-- desagregaciones ya protegidas—, del que salen la página pública, el CSV y el JSON: servirlos no consulta ninguna
-- otra tabla. Una fila por corte; retirar la marca (no la borra) y volver a publicar la reemplaza. La historia de
-- publicaciones y retiros queda en la auditoría.
CREATE TABLE corte_publicado (
    corte_id      BIGINT       NOT NULL,
    fecha_corte   DATE         NOT NULL,
    publicado     BOOLEAN      NOT NULL,
    publicado_en  TIMESTAMP(3) NOT NULL,
    publicado_por VARCHAR(100) NOT NULL,
    retirado_en   TIMESTAMP(3) NULL,
    retirado_por  VARCHAR(100) NULL,
    -- El documento público (JSON, UTF-8) y su huella SHA-256 en hexadecimal (la ETag de las descargas).
    contenido     LONGTEXT     NOT NULL,
    huella        CHAR(64)     NOT NULL,
    CONSTRAINT pk_corte_publicado PRIMARY KEY (corte_id),
    CONSTRAINT uk_corte_publicado_fecha UNIQUE (fecha_corte),
    CONSTRAINT fk_corte_publicado_corte FOREIGN KEY (corte_id) REFERENCES corte (id),
    INDEX ix_corte_publicado (publicado, fecha_corte)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
