-- Ruta — issue 12: los seguimientos también llevan clave de envío (formulario de la página e Idempotency-Key de la
-- API), como las atenciones y las remisiones: repetir la clave devuelve el seguimiento ya creado. Número 20 para no
-- chocar con las migraciones que otras ramas agregan en paralelo.
ALTER TABLE seguimiento ADD COLUMN clave_envio VARCHAR(64) NULL;
ALTER TABLE seguimiento ADD CONSTRAINT uk_seguimiento_envio UNIQUE (clave_envio);
