-- Retención: los registros anulados se depuran pasado el plazo (RUTA_RETENCION_ANULADOS_DIAS). Depurar borra su
-- contenido personal y los bytes de los adjuntos; la fila queda como constancia (anulada y depurada) y el rastro de
-- auditoría, que es de solo inserción, no se toca.
ALTER TABLE caso ADD COLUMN depurado_en TIMESTAMP(3) NULL;
ALTER TABLE atencion ADD COLUMN depurada_en TIMESTAMP(3) NULL;
ALTER TABLE adjunto ADD COLUMN depurado_en TIMESTAMP(3) NULL;

CREATE INDEX ix_caso_retencion ON caso (anulado, depurado_en, anulado_en);
CREATE INDEX ix_atencion_retencion ON atencion (anulada, depurada_en, anulada_en);
CREATE INDEX ix_adjunto_retencion ON adjunto (anulado, depurado_en, anulado_en);
