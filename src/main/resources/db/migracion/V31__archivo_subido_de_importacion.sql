-- El archivo que la coordinación sube para importar (issue 14) se guarda aquí, del lado del servidor, entre la
-- revisión y la importación: la vista (y con ella la sesión replicada) guarda solo su id. Una fila por usuario y
-- huella SHA-256 del contenido (subir otra vez el mismo archivo reusa la fila). Solo lo lee quien lo subió; se borra al
-- importarlo, al abandonarlo y, si nadie volvió, pasado el plazo de ServicioImportacion (ArchivosSubidos).
CREATE TABLE importacion_archivo (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    usuario    VARCHAR(100) NOT NULL,
    huella     CHAR(64)     NOT NULL,
    nombre     VARCHAR(200) NOT NULL,
    tamano     BIGINT       NOT NULL,
    contenido  LONGBLOB     NOT NULL,
    subido_en  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_importacion_archivo (usuario, huella),
    KEY ix_importacion_archivo_subido (subido_en)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
