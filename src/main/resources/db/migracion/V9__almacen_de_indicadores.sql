-- Ruta 0.9 — almacén incremental de los indicadores de fuente casos y actividades.
--
-- Cada regla del plan (indicadores/calculo/ReglasDelPlan) convierte los registros crudos en «hechos»: una clave
-- que cuenta (una persona, un caso, una entrega, un objeto de una actividad), una fecha y un componente
-- (VAL: el valor; NUM y DEN: numerador y denominador de una cobertura). De los hechos se guarda, por clave, la
-- primera fecha en el cuatrienio (ámbito 0) y en cada año (ámbito = el año), para todas las sedes (sede_id 0) y
-- para cada sede (el filtro por sede del tablero); y de ahí, cuántas claves aparecen por primera vez cada día. El tablero suma esos conteos diarios hasta la fecha de corte: nunca recorre los casos.
-- Todo se mantiene en la misma transacción que cambia el caso o la actividad.

CREATE TABLE indicador_hecho (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    indicador    VARCHAR(20) NOT NULL,
    componente   CHAR(3)     NOT NULL,
    clave        VARCHAR(40) NOT NULL,
    fecha        DATE        NOT NULL,
    sede_id      BIGINT      NULL,
    caso_id      BIGINT      NULL,
    actividad_id BIGINT      NULL,
    detalle      VARCHAR(60) NULL,
    CONSTRAINT pk_indicador_hecho PRIMARY KEY (id),
    INDEX ix_hecho_caso (caso_id),
    INDEX ix_hecho_actividad (actividad_id),
    INDEX ix_hecho_clave (indicador, componente, clave, fecha)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicador_clave (
    sede_id       BIGINT      NOT NULL,
    indicador     VARCHAR(20) NOT NULL,
    componente    CHAR(3)     NOT NULL,
    ambito        SMALLINT    NOT NULL,
    clave         VARCHAR(40) NOT NULL,
    primera_fecha DATE        NOT NULL,
    CONSTRAINT pk_indicador_clave PRIMARY KEY (indicador, componente, clave, sede_id, ambito),
    INDEX ix_clave_fecha (indicador, componente, sede_id, ambito, primera_fecha)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicador_conteo (
    sede_id    BIGINT      NOT NULL,
    ambito     SMALLINT    NOT NULL,
    indicador  VARCHAR(20) NOT NULL,
    componente CHAR(3)     NOT NULL,
    fecha      DATE        NOT NULL,
    cantidad   INT         NOT NULL,
    CONSTRAINT pk_indicador_conteo PRIMARY KEY (sede_id, ambito, fecha, indicador, componente)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cifras externas que un indicador usa como denominador (p. ej. la población migrante estimada de GE.R1), por
-- año, con su fuente. No se sobrescriben: vale la más reciente y las anteriores quedan como historia.
CREATE TABLE dato_externo_anual (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    indicador     VARCHAR(20)   NOT NULL,
    anio          INT           NOT NULL,
    valor         DECIMAL(16,2) NOT NULL,
    fuente        VARCHAR(300)  NOT NULL,
    fecha_dato    DATE          NOT NULL,
    registrado_en TIMESTAMP(3)  NOT NULL,
    registrado_por VARCHAR(100) NOT NULL,
    CONSTRAINT pk_dato_externo_anual PRIMARY KEY (id),
    INDEX ix_dato_externo (indicador, anio, registrado_en)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cortes: un supervisor cierra una fecha de corte y sus cifras quedan congeladas como informe aprobado.
CREATE TABLE corte (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    fecha_corte DATE          NOT NULL,
    observacion VARCHAR(1000) NULL,
    cerrado_en  TIMESTAMP(3)  NOT NULL,
    cerrado_por VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_corte PRIMARY KEY (id),
    CONSTRAINT uk_corte_fecha UNIQUE (fecha_corte)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Las cifras congeladas de cada indicador en el corte: para el cuatrienio (anio 0) y para el año del corte.
CREATE TABLE corte_valor (
    corte_id    BIGINT        NOT NULL,
    indicador   VARCHAR(20)   NOT NULL,
    anio        INT           NOT NULL,
    valor       DECIMAL(20,6) NULL,
    numerador   DECIMAL(20,6) NULL,
    denominador DECIMAL(20,6) NULL,
    avance      DECIMAL(20,6) NULL,
    esperado    DECIMAL(20,6) NULL,
    semaforo    VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_corte_valor PRIMARY KEY (corte_id, indicador, anio),
    CONSTRAINT fk_corte_valor_corte FOREIGN KEY (corte_id) REFERENCES corte (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Las claves que sostenían cada cifra calculada al cerrar el corte: con ellas se explica, registro por registro,
-- cualquier diferencia posterior.
CREATE TABLE corte_clave (
    corte_id   BIGINT      NOT NULL,
    indicador  VARCHAR(20) NOT NULL,
    componente CHAR(3)     NOT NULL,
    ambito     SMALLINT    NOT NULL,
    clave      VARCHAR(40) NOT NULL,
    -- El registro que hizo contar la clave (el de su primera fecha): con él se explica una diferencia.
    caso_id      BIGINT    NULL,
    actividad_id BIGINT    NULL,
    CONSTRAINT pk_corte_clave PRIMARY KEY (corte_id, indicador, componente, ambito, clave),
    CONSTRAINT fk_corte_clave_corte FOREIGN KEY (corte_id) REFERENCES corte (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lo congelado no cambia (la cuenta de la aplicación no tiene TRIGGER ni DROP para quitar estos disparadores).
CREATE TRIGGER corte_sin_cambios BEFORE UPDATE ON corte FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Un corte cerrado no se modifica';
CREATE TRIGGER corte_sin_borrado BEFORE DELETE ON corte FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Un corte cerrado no se borra';
CREATE TRIGGER corte_valor_sin_cambios BEFORE UPDATE ON corte_valor FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las cifras de un corte no se modifican';
CREATE TRIGGER corte_valor_sin_borrado BEFORE DELETE ON corte_valor FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las cifras de un corte no se borran';
CREATE TRIGGER corte_clave_sin_borrado BEFORE DELETE ON corte_clave FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Las claves de un corte no se borran';
CREATE TRIGGER dato_externo_sin_cambios BEFORE UPDATE ON dato_externo_anual FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Un dato externo no se modifica: registre uno nuevo';
CREATE TRIGGER dato_externo_sin_borrado BEFORE DELETE ON dato_externo_anual FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Un dato externo no se borra';
