-- Retención de actividades anuladas (issue 16): como casos, atenciones y adjuntos, una actividad anulada se depura
-- pasado el plazo: se borran su descripción y su asistencia (quiénes fueron), y los archivos de sus evidencias. Queda
-- la constancia (tipo, fecha, lugar, sede, participantes, quién la anuló y cuándo). V27 queda libre a propósito (la
-- usa otra rama en curso).
ALTER TABLE actividad ADD COLUMN depurada_en TIMESTAMP(3) NULL AFTER motivo_anulacion;
CREATE INDEX ix_actividad_retencion ON actividad (anulada, depurada_en, anulada_en);
