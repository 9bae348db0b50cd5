-- Tareas programadas una sola vez en el clúster (issue 15, ítem 3): cada instancia de Payara dispara sus temporizadores
-- (retención, reintento de grupos de Keycloak), pero solo corre la tarea la que inserta primero la fila de ese turno
-- (la tarea y el minuto programado); la clave primaria hace que la segunda inserción falle, y esa instancia no corre.
-- Cada fila queda como constancia de qué instancia corrió cada turno. Ver docs/dos-instancias.md.
CREATE TABLE turno_programado (
    tarea     VARCHAR(40)  NOT NULL,
    turno     DATETIME     NOT NULL,
    instancia VARCHAR(120) NOT NULL,
    tomado_en TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tarea, turno)
) ENGINE = InnoDB;
