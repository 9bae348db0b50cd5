-- Importación de actividades colectivas (issue 14, ítem 1). Un lote de actividades no es de una ruta (ruta nula);
-- cada fila crea o reúsa una actividad (la de su «clave de la actividad») y, si trae persona, la suma a la asistencia.
-- El registro de una fila guarda la actividad, si la creó esa fila, y la clave del grupo (la huella de la sede y de
-- la clave de la actividad) con la que las filas de otros archivos encuentran la misma actividad.
ALTER TABLE importacion_lote MODIFY ruta VARCHAR(40) NULL;

ALTER TABLE importacion_registro
    MODIFY persona_id BIGINT NULL,
    MODIFY caso_id BIGINT NULL,
    ADD COLUMN actividad_id BIGINT NULL,
    ADD COLUMN actividad_nueva BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN clave_grupo CHAR(64) NULL,
    ADD KEY ix_importacion_registro_grupo (clave_grupo),
    ADD CONSTRAINT fk_importacion_registro_actividad FOREIGN KEY (actividad_id) REFERENCES actividad (id);
