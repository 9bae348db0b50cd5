-- Ruta — indicadores del Plan de Desarrollo 2024–2027, línea estratégica Seguridad Humana.
-- Jerarquía línea estratégica → componente (impulsor de avance) → programa → indicador. Las metas de resultado
-- cuelgan del componente (no tienen programa). Los códigos y los textos del plan no cambian: los textos solo los
-- corrige un administrador (con auditoría); las metas anuales del plan indicativo las fija un administrador.
-- Los reportes de avance (fuentes manual y externo) cuentan solo cuando un supervisor los aprueba.

CREATE TABLE linea_estrategica (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    nombre         VARCHAR(200) NOT NULL,
    orden          INT          NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    creado_en      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_linea_estrategica PRIMARY KEY (id),
    CONSTRAINT uk_linea_estrategica_nombre UNIQUE (nombre)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE componente (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    linea_id       BIGINT       NOT NULL,
    nombre         VARCHAR(200) NOT NULL,
    orden          INT          NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    creado_en      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_componente PRIMARY KEY (id),
    CONSTRAINT uk_componente_nombre UNIQUE (linea_id, nombre),
    CONSTRAINT fk_componente_linea FOREIGN KEY (linea_id) REFERENCES linea_estrategica (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programa (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    componente_id  BIGINT       NOT NULL,
    nombre         VARCHAR(300) NOT NULL,
    orden          INT          NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    creado_en      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_programa PRIMARY KEY (id),
    CONSTRAINT uk_programa_nombre UNIQUE (componente_id, nombre),
    -- Para que el indicador no pueda quedar en un programa de otro componente (llave foránea compuesta).
    CONSTRAINT uk_programa_componente UNIQUE (id, componente_id),
    CONSTRAINT fk_programa_componente FOREIGN KEY (componente_id) REFERENCES componente (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Un indicador del plan con todas las columnas de indicadores.csv. linea_base NULL: el plan no trae línea base
-- numérica (N.D.); su texto queda en linea_base_texto. Valores decimales exactos.
CREATE TABLE indicador (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    codigo           VARCHAR(20)   NOT NULL,
    nivel            VARCHAR(12)   NOT NULL,
    componente_id    BIGINT        NOT NULL,
    programa_id      BIGINT        NULL,
    nombre           VARCHAR(500)  NOT NULL,
    linea_base       DECIMAL(18,4) NULL,
    linea_base_texto VARCHAR(1000) NOT NULL,
    meta             DECIMAL(18,4) NOT NULL,
    meta_texto       VARCHAR(1000) NOT NULL,
    unidad           VARCHAR(100)  NOT NULL,
    tipo_meta        VARCHAR(15)   NOT NULL,
    fuente           VARCHAR(15)   NOT NULL,
    regla            VARCHAR(1000) NOT NULL,
    orden            INT           NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    creado_en        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por       VARCHAR(100)  NOT NULL,
    modificado_en    TIMESTAMP(3)  NULL,
    modificado_por   VARCHAR(100)  NULL,
    CONSTRAINT pk_indicador PRIMARY KEY (id),
    CONSTRAINT uk_indicador_codigo UNIQUE (codigo),
    CONSTRAINT fk_indicador_componente FOREIGN KEY (componente_id) REFERENCES componente (id),
    CONSTRAINT fk_indicador_programa FOREIGN KEY (programa_id, componente_id) REFERENCES programa (id, componente_id),
    CONSTRAINT ck_indicador_nivel CHECK ((nivel = 'resultado' AND programa_id IS NULL)
        OR (nivel = 'producto' AND programa_id IS NOT NULL)),
    CONSTRAINT ck_indicador_tipo_meta CHECK (tipo_meta IN ('incremento', 'acumulado', 'cobertura', 'mantenimiento',
        'reduccion', 'hito')),
    CONSTRAINT ck_indicador_fuente CHECK (fuente IN ('manual', 'externo', 'casos', 'actividades', 'sedes'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Metas anuales del plan indicativo. Para acumulado, lo que se logra en ese año (suman la meta del cuatrienio);
-- para hito, el porcentaje del hito al cierre del año; para los demás tipos, el nivel esperado al cierre del año.
CREATE TABLE meta_anual (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    indicador_id   BIGINT        NOT NULL,
    anio           SMALLINT      NOT NULL,
    valor          DECIMAL(18,4) NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    creado_en      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    creado_por     VARCHAR(100)  NOT NULL,
    modificado_en  TIMESTAMP(3)  NULL,
    modificado_por VARCHAR(100)  NULL,
    CONSTRAINT pk_meta_anual PRIMARY KEY (id),
    CONSTRAINT uk_meta_anual UNIQUE (indicador_id, anio),
    CONSTRAINT fk_meta_anual_indicador FOREIGN KEY (indicador_id) REFERENCES indicador (id),
    CONSTRAINT ck_meta_anual_anio CHECK (anio BETWEEN 2024 AND 2027),
    CONSTRAINT ck_meta_anual_valor CHECK (valor >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reportes de valor de los indicadores de fuente manual (avance del equipo responsable, con evidencia) y externo
-- (cifra oficial con su fuente). Cuentan solo los APROBADOS por un supervisor distinto de quien reportó.
CREATE TABLE reporte_indicador (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    indicador_id   BIGINT        NOT NULL,
    fecha_corte    DATE          NOT NULL,
    valor          DECIMAL(18,4) NOT NULL,
    numerador      DECIMAL(18,4) NULL,
    denominador    DECIMAL(18,4) NULL,
    fuente         VARCHAR(500)  NOT NULL,
    evidencia      TEXT          NULL,
    origen         VARCHAR(300)  NULL,
    estado         VARCHAR(12)   NOT NULL DEFAULT 'PENDIENTE',
    motivo_rechazo VARCHAR(1000) NULL,
    reportado_por  VARCHAR(100)  NOT NULL,
    reportado_en   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decidido_por   VARCHAR(100)  NULL,
    decidido_en    TIMESTAMP(3)  NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_reporte_indicador PRIMARY KEY (id),
    CONSTRAINT fk_reporte_indicador FOREIGN KEY (indicador_id) REFERENCES indicador (id),
    CONSTRAINT ck_reporte_estado CHECK (estado IN ('PENDIENTE', 'APROBADO', 'RECHAZADO')),
    CONSTRAINT ck_reporte_valor CHECK (valor >= 0),
    CONSTRAINT ck_reporte_fraccion CHECK ((numerador IS NULL AND denominador IS NULL)
        OR (numerador >= 0 AND denominador > 0)),
    CONSTRAINT ck_reporte_decision CHECK ((estado = 'PENDIENTE' AND decidido_por IS NULL AND decidido_en IS NULL)
        OR (estado <> 'PENDIENTE' AND decidido_por IS NOT NULL AND decidido_en IS NOT NULL
            AND decidido_por <> reportado_por)),
    CONSTRAINT ck_reporte_rechazo CHECK (estado <> 'RECHAZADO' OR motivo_rechazo IS NOT NULL),
    INDEX ix_reporte_vigente (indicador_id, estado, fecha_corte),
    INDEX ix_reporte_estado (estado, reportado_en)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Datos del plan: generados desde indicadores.csv del Plan de Desarrollo (63 indicadores, textos tal cual).
INSERT INTO linea_estrategica (id, nombre, orden, creado_por) VALUES
    (1, 'Seguridad Humana', 1, 'migracion');

INSERT INTO componente (id, linea_id, nombre, orden, creado_por) VALUES
    (1, 1, 'Seguridad Ciudadana y Orden Público', 1, 'migracion'),
    (2, 1, 'Construcción de paz, derechos humanos y convivencia', 2, 'migracion'),
    (3, 1, 'Atención Integral a Grupos de Especial Protección', 3, 'migracion');

INSERT INTO programa (id, componente_id, nombre, orden, creado_por) VALUES
    (1, 1, 'Plan Estratégico de Seguridad Integral Titán 24', 1, 'migracion'),
    (2, 1, 'El Cuerpo de Bomberos Avanza', 2, 'migracion'),
    (3, 2, 'Cartagena Avanza en Convivencia', 3, 'migracion'),
    (4, 2, 'Avanzando en el Fortalecimiento de Casas de Justicia, Comisarías de Familia e Inspecciones de Policía', 4, 'migracion'),
    (5, 2, 'Atención Integral a Jóvenes en Situación de Riesgo Social', 5, 'migracion'),
    (6, 2, 'Asistencia Atención y Reparación Efectiva e Integral a las Víctimas del Conflicto Armado', 6, 'migracion'),
    (7, 2, 'Derechos Humanos para la Vida Digna', 7, 'migracion'),
    (8, 2, 'Sistema Penitenciario y Carcelario en el Marco de los Derechos Humanos', 8, 'migracion'),
    (9, 3, 'Atención Integral al Migrante', 9, 'migracion');

INSERT INTO indicador (codigo, nivel, componente_id, programa_id, nombre, linea_base, linea_base_texto, meta,
                       meta_texto, unidad, tipo_meta, fuente, regla, orden, creado_por) VALUES
    ('SC.R1', 'resultado', 1, NULL, 'Tasa de homicidios por cada 100 mil habitantes', 35.1, '35,1 homicidios por cada 100 mil habitantes. Fuente: Policía Metropolitana de Cartagena, diciembre de 2023', 28, 'Reducir tasa de homicidio a 28 por cada 100 mil habitantes', 'tasa por 100 mil habitantes', 'reduccion', 'externo', 'Valor oficial cargado por fecha de corte con su soporte (Policía Metropolitana).', 1, 'migracion'),
    ('SC.R2', 'resultado', 1, NULL, 'Tasa de hurto a personas', 721.1, '721,1 hurtos a personas por cada 100 mil habitantes. Fuente: Policía Metropolitana de Cartagena, diciembre de 2023', 550, 'Reducir tasa de hurto a personas a 550 por cada 100 mil habitantes', 'tasa por 100 mil habitantes', 'reduccion', 'externo', 'Valor oficial cargado por fecha de corte con su soporte (Policía Metropolitana).', 2, 'migracion'),
    ('SC.R3', 'resultado', 1, NULL, 'Número de casos de extorsiones', 133, '133 casos de extorsiones. Fuente: Policía Metropolitana de Cartagena, diciembre de 2023', 90, 'Reducir número de extorsiones a 90', 'casos', 'reduccion', 'externo', 'Valor oficial cargado por fecha de corte con su soporte (Policía Metropolitana).', 3, 'migracion'),
    ('SC.R4', 'resultado', 1, NULL, 'Tiempo de respuesta del Cuerpo de Bomberos', 20, 'Tiempo de respuesta promedio de 20 minutos. Fuente: Cuerpo de Bomberos/Secretaría del Interior y Convivencia Ciudadana, 2023', 8, 'Reducir el tiempo de respuesta a emergencias por parte del Cuerpo de Bomberos a 8 minutos', 'minutos', 'reduccion', 'externo', 'Valor oficial cargado por fecha de corte con su soporte (Cuerpo de Bomberos).', 4, 'migracion'),
    ('SC.T24.1', 'producto', 1, 1, 'Comandos Élite de la Policía Nacional para la seguridad y protección ciudadana equipados', NULL, 'N.D.', 3, 'Equipar tres (3) Comandos Élite de la Policía Nacional para la seguridad y protección ciudadana', 'comandos', 'acumulado', 'manual', 'Avance reportado con soporte y aprobado por supervisor.', 5, 'migracion'),
    ('SC.T24.2', 'producto', 1, 1, 'Equipos para la seguridad y la convivencia conformados', NULL, 'N.D.', 2, 'Conformar un (1) Equipo Interdisciplinario para articulación y coordinación de estrategias de seguridad y un (1) Equipo Operativo de Gestores de Convivencia', 'equipos', 'acumulado', 'manual', 'Avance reportado con soporte y aprobado por supervisor.', 6, 'migracion'),
    ('SC.T24.3', 'producto', 1, 1, 'Organismos de seguridad dotados y con servicios en el marco del PISCC 2024-2027', NULL, 'N.D.', 5, 'Dotar y proveer de servicios a cinco (5) organismos de seguridad en el marco del PISCC 2024-2027', 'organismos', 'acumulado', 'manual', 'Avance reportado con soporte y aprobado por supervisor.', 7, 'migracion'),
    ('SC.T24.4', 'producto', 1, 1, 'Centro de Procesamiento de Información Institucional y análisis situacional para el Seguimiento del delito conformado', NULL, 'N.D.', 1, 'Conformar un (1) Centro de Procesamiento de Información Institucional y análisis situacional para el Seguimiento del Delito', 'centro', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 8, 'migracion'),
    ('SC.BOM.1', 'producto', 1, 2, 'Estaciones de bomberos nuevas construidas', 0, '3 estaciones de bomberos existentes en el Distrito. Fuente: Cuerpo Oficial de Bomberos, 2023', 1, 'Construir una (1) Estación de Bomberos regional nueva', 'estaciones', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 9, 'migracion'),
    ('SC.BOM.2', 'producto', 1, 2, 'Estaciones de bomberos adecuadas', 0, 'Estación de Bomberos de Bocagrande que no cumple con las condiciones técnicas para la prestación de servicios bomberiles terrestres y acuáticos. Fuente: Cuerpo Oficial de Bomberos, 2023', 1, 'Adecuar una (1) Estación de Bomberos', 'estaciones', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 10, 'migracion'),
    ('SC.BOM.3', 'producto', 1, 2, 'Número de máquinas extintoras del Cuerpo de Bomberos para la atención de emergencias', 6, '6 máquinas extintoras del Cuerpo de Bomberos para la atención de emergencias. Fuente: Cuerpo Oficial de Bomberos, 2023', 8, 'Incrementar a ocho (8) el número de máquinas extintoras del Cuerpo de Bomberos para la atención de emergencias', 'máquinas', 'incremento', 'manual', 'Valor en existencia a la fecha de corte reportado con soporte y aprobado por supervisor.', 11, 'migracion'),
    ('PZ.R1', 'resultado', 2, NULL, 'Número de casos de lesiones personales', 2672, '2.672 casos de lesiones personales a corte diciembre de 2023. Fuente: Policía Metropolitana de Cartagena, 2023', 2000, 'Reducir el número de casos de lesiones personales a 2.000', 'casos', 'reduccion', 'externo', 'Valor oficial cargado por fecha de corte con su soporte (Policía Metropolitana).', 12, 'migracion'),
    ('PZ.R2', 'resultado', 2, NULL, 'Tasa de violencia contra niños niñas y adolescentes por cada 100 mil habitantes', 190.1, '190,1 casos de violencia contra niños, niñas y adolescentes por cada 100 mil habitantes. Fuente: Policía Metropolitana de Cartagena, 2023', 160.1, 'Reducir tasa de violencia contra niños, niñas y adolescentes a 160,1 por cada 100 mil habitantes', 'tasa por 100 mil habitantes', 'reduccion', 'externo', 'Valor oficial cargado por fecha de corte con su soporte (Policía Metropolitana).', 13, 'migracion'),
    ('PZ.R3', 'resultado', 2, NULL, 'Proporción de víctimas que superan la situación de vulnerabilidad', 62.84, '55.843 (de un total de 88.871 víctimas sujetas de atención). Fuente: Unidad Territorial de Víctimas - Bolívar, 2023', 66.42, 'Incrementar en 3,58% la proporción de víctimas que superan situación de vulnerabilidad', 'porcentaje', 'incremento', 'externo', 'Numerador y denominador oficiales cargados por fecha de corte (Unidad para las Víctimas). La meta se lee como 62,84% + 3,58 puntos porcentuales; la lectura queda anotada en el indicador.', 14, 'migracion'),
    ('PZ.R4', 'resultado', 2, NULL, 'Porcentaje de víctimas atendidas con ayuda humanitaria inmediata', NULL, '114 víctimas con ayuda humanitaria a corte 2023. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 100, 'Atender con ayuda humanitaria inmediata al 100% de víctimas que cumplan con los requisitos de ley para acceder a la medida', 'porcentaje', 'cobertura', 'casos', 'Personas distintas con ayuda humanitaria inmediata entregada / personas distintas con solicitud de AHI que cumple los requisitos de ley, en el periodo (igual que PZ.VIC.3).', 15, 'migracion'),
    ('PZ.CON.1', 'producto', 2, 3, 'Centro de Traslado por Protección - CTP creado y en funcionamiento en el Distrito', 0, 'Cartagena no cuenta con un Centro de Traslado por Protección-CTP como determina el Art. 155 de la Ley 1801 de 2016 y el Art. 40 de la ley 2197 de 2022', 1, 'Crear y poner en funcionamiento un (1) Centro de Traslado por Protección-CTP en el Distrito', 'centros', 'incremento', 'sedes', 'Sedes de tipo CTP en estado en funcionamiento a la fecha de corte.', 16, 'migracion'),
    ('PZ.CON.2', 'producto', 2, 3, 'Entornos urbanos para la convivencia recuperados y mantenidos', 0, '0. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 20, 'Recuperar y mantener veinte (20) entornos urbanos para la convivencia en el Distrito', 'entornos', 'acumulado', 'actividades', 'Entornos urbanos distintos con al menos una actividad de recuperación registrada en el cuatrienio.', 17, 'migracion'),
    ('PZ.CON.3', 'producto', 2, 3, 'Escuelas de formación para la convivencia ciudadana creadas', 0, '0. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 12, 'Crear doce (12) escuelas de formación para la convivencia ciudadana en el Distrito', 'escuelas', 'acumulado', 'actividades', 'Escuelas distintas con actividad de creación registrada en el cuatrienio.', 18, 'migracion'),
    ('PZ.JUS.1', 'producto', 2, 4, 'Número de Comisarías de Familia en operación en el Distrito', 6, '6 Comisarías de Familia operando en el Distrito. Fuente: Secretaría del Interior, 2023', 8, 'Incrementar a ocho (8) el número de Comisarías de Familia operando en el Distrito', 'comisarías', 'incremento', 'sedes', 'Sedes de tipo Comisaría de Familia (fijas) en estado en operación a la fecha de corte.', 19, 'migracion'),
    ('PZ.JUS.2', 'producto', 2, 4, 'Número de Comisarías de Familia móviles creadas y en operación en el Distrito', 0, '0. Fuente: Secretaría del Interior, 2023', 1, 'Crear y poner en funcionamiento una (1) Comisaría de Familia móvil en el Distrito', 'comisarías móviles', 'incremento', 'sedes', 'Sedes de tipo Comisaría de Familia móvil en estado en operación a la fecha de corte.', 20, 'migracion'),
    ('PZ.JUS.3', 'producto', 2, 4, 'Número de mujeres vinculadas con la estrategia "Trasmallo de Mujeres Violetas por la Paz"', 0, '0. Fuente: Secretaría del Interior, 2023', 1200, 'Vincular a mil doscientas (1.200) mujeres con la estrategia "Trasmallo de Mujeres Violetas por la Paz"', 'mujeres', 'acumulado', 'casos', 'Mujeres distintas con vinculación a la estrategia Trasmallo en el cuatrienio; en cada año cuentan las que se vinculan por primera vez en el cuatrienio.', 21, 'migracion'),
    ('PZ.JUS.4', 'producto', 2, 4, 'Sistemas de información local implementados para los operadores de justicia', NULL, 'N.D.', 2, 'Implementar un (1) sistema de información local de las Comisarías de Familia del Distrito y un (1) sistema de información local de las Inspecciones de Policía.', 'sistemas', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 22, 'migracion'),
    ('PZ.JUS.5', 'producto', 2, 4, 'Número de Casas de Justicia en operación en el Distrito', 3, '3 Casas de Justicia en operación en el Distrito. Fuente: Secretaría del Interior, 2023', 5, 'Incrementar a cinco (5) el número de Casas de Justicia en operación en el Distrito', 'casas de justicia', 'incremento', 'sedes', 'Sedes de tipo Casa de Justicia en estado en operación a la fecha de corte.', 23, 'migracion'),
    ('PZ.JUS.6', 'producto', 2, 4, 'Centros de Conciliación en Equidad y/o Derecho creados en las Casas de Justicia', 0, '3 Casas de Justicia operando sin Centros de Conciliación en Equidad y/o Derecho. Fuente: Secretaría del Interior, 2023', 5, 'Crear cinco (5) Centros de Conciliación en Equidad y/o Derecho en las Casas de Justicia del Distrito', 'centros', 'incremento', 'sedes', 'Sedes de tipo Centro de Conciliación adscritas a una Casa de Justicia en estado en operación a la fecha de corte.', 24, 'migracion'),
    ('PZ.JUS.7', 'producto', 2, 4, 'Inspecciones de Policía dotadas técnica y operativamente', 0, '33 Inspecciones de Policía operando con deficiencias técnicas y operativas. Fuente: Secretaría del Interior, 2024', 33, 'Dotar treinta y tres (33) Inspecciones de Policía técnica, tecnológica y operativamente', 'inspecciones', 'incremento', 'sedes', 'Sedes de tipo Inspección de Policía marcadas con dotación completa a la fecha de corte.', 25, 'migracion'),
    ('PZ.JOV.1', 'producto', 2, 5, 'Adolescentes y jóvenes vinculados con la estrategia "Laboratorios de Paz" para la prevención del reclutamiento, uso y utilización por parte de los GDO', 0, '0. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 2500, 'Vincular a dos mil quinientos (2.500) jóvenes a la estrategia "Laboratorios De Paz" para la prevención del reclutamiento por parte de los GDO', 'personas', 'acumulado', 'casos', 'Personas distintas de 12 a 28 años (a la fecha de vinculación) vinculadas a Laboratorios de Paz en el cuatrienio; en cada año cuentan las que se vinculan por primera vez en el cuatrienio.', 26, 'migracion'),
    ('PZ.JOV.2', 'producto', 2, 5, 'Jornadas de mediación y desarme con grupos juveniles inmersos en dinámicas de violencia desarrolladas', 0, '0. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 4, 'Desarrollar cuatro (4) jornadas de mediación y desarme con grupos juveniles inmersos en dinámicas de violencias', 'jornadas', 'acumulado', 'actividades', 'Jornadas de mediación y desarme realizadas (con fecha y soporte) en el cuatrienio.', 27, 'migracion'),
    ('PZ.JOV.3', 'producto', 2, 5, 'Adolescentes y jóvenes vinculados a la estrategia "Proyectos de Vida Libres de Violencia" para la prevención del reclutamiento, uso y utilización por parte de los GDO', 0, '0. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 2500, 'Vincular a dos mil quinientos (2.500) adolescentes y jóvenes a la estrategia "Proyectos de Vida Libres de Violencia" para la prevención del reclutamiento, uso y utilización por parte de los GDO', 'personas', 'acumulado', 'casos', 'Personas distintas de 12 a 28 años (a la fecha de vinculación) vinculadas a Proyectos de Vida Libres de Violencia en el cuatrienio; en cada año cuentan las que se vinculan por primera vez en el cuatrienio.', 28, 'migracion'),
    ('PZ.JOV.4', 'producto', 2, 5, 'Estrategias de atención a adolescentes y jóvenes egresados del Sistema de Responsabilidad Penal Adolescentes implementadas', 0, '0. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 4, 'Implementar cuatro (4) estrategias de atención a adolescentes y jóvenes egresados del Sistema de Responsabilidad Penal Adolescente', 'estrategias', 'acumulado', 'actividades', 'Estrategias distintas para egresados del SRPA con implementación registrada en el cuatrienio.', 29, 'migracion'),
    ('PZ.VIC.1', 'producto', 2, 6, 'Unidades productivas entregadas a personas víctimas del conflicto', 0, '33.028 víctimas con necesidad de atención. Fuente: Unidad Territorial de Víctimas - Bolívar, 2023', 1000, 'Entregar mil (1.000) unidades productivas a personas víctimas del conflicto', 'unidades productivas', 'acumulado', 'casos', 'Entregas de unidad productiva registradas a personas con condición de víctima del conflicto en el cuatrienio.', 30, 'migracion'),
    ('PZ.VIC.2', 'producto', 2, 6, 'Personas víctimas del conflicto vinculadas a programas de atención psicosocial y salud mental', 13982, '13.982 víctimas del conflicto armado vinculadas a programas de atención psicosocial y salud mental a corte 2023. Fuente: Unidad Territorial de Víctimas - Bolívar, 2023', 1000, 'Vincular a mil (1.000) personas víctimas del conflicto a programas de atención psicosocial y salud mental', 'personas', 'acumulado', 'casos', 'Personas distintas con condición de víctima vinculadas a atención psicosocial en el cuatrienio (la línea base es histórica y no se suma); en cada año cuentan las que se vinculan por primera vez en el cuatrienio.', 31, 'migracion'),
    ('PZ.VIC.3', 'producto', 2, 6, 'Personas víctimas con ayuda humanitaria inmediata', 114, '114 personas víctimas con ayuda humanitaria inmediata a corte 2023. Fuente: SICC, 2023', 100, 'Atender a la totalidad de personas víctimas que cumplan con los requisitos de ley para acceder a la medida de ayuda humanitaria inmediata', 'porcentaje', 'cobertura', 'casos', 'Personas distintas con ayuda humanitaria inmediata entregada / personas distintas con solicitud de AHI que cumple los requisitos de ley en el periodo. Se publican también numerador y denominador.', 32, 'migracion'),
    ('PZ.VIC.4', 'producto', 2, 6, 'Personas víctimas con ayuda inmediata mediante albergue', 114, '114 personas víctimas con ayuda humanitaria inmediata a corte 2023. Fuente: SICC, 2023', 100, 'Atender a la totalidad de personas víctimas que cumplan con los requisitos de ley para acceder a la medida de ayuda humanitaria inmediata mediante albergue', 'porcentaje', 'cobertura', 'casos', 'Personas distintas alojadas en albergue / personas distintas con solicitud de AHI elegible que requiere alojamiento en el periodo.', 33, 'migracion'),
    ('PZ.VIC.5', 'producto', 2, 6, 'Representante de la mesa de víctimas en el Distrito asistidos con incentivos técnicos y logísticos para su participación', 22, '22 representantes de la Mesa Distrital de Víctimas a los que se les garantizó la participación. Fuente: SICC, 2023', 100, 'Mantener los incentivos técnicos y logísticos de participación a la totalidad de los representantes de la población víctima en la Mesa Distrital de Víctimas de Cartagena', 'porcentaje', 'cobertura', 'casos', 'Representantes activos de la Mesa con al menos un incentivo de participación entregado en el periodo / representantes activos de la Mesa en el periodo.', 34, 'migracion'),
    ('PZ.VIC.6', 'producto', 2, 6, 'Museo de Memoria Histórica construido y dotado', 0, '0. Fuente: SICC, 2023', 1, 'Construir y dotar un (1) Museo de Memoria Histórica', 'museo', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 35, 'migracion'),
    ('PZ.VIC.7', 'producto', 2, 6, 'Monumento histórico construido en cumplimiento al auto AI 068 de la JEP', 0, '0. Fuente: SICC, 2023', 1, 'Construir un (1) monumento histórico en cumplimiento del auto AI 068 de la Jurisdicción Especial para la Paz', 'monumento', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 36, 'migracion'),
    ('PZ.VIC.8', 'producto', 2, 6, 'Plan de retorno y reubicación de Villas de Aranjuez concertado e implementado', 0, '1 Plan de Retorno y reubicación de Villas de Aranjuez formulado y aprobado en CJT en el año 2015. Fuente: SICC, 2023', 1, 'Concertar e implementar un (1) Plan de Retorno y reubicación de Villas de Aranjuez', 'plan', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 37, 'migracion'),
    ('PZ.VIC.9', 'producto', 2, 6, 'Plan Distrital de prevención y protección de violaciones graves a los derechos humanos y derecho internacional humanitario implementado', 0, '1 Plan Distrital de prevención y protección de violaciones graves a los derechos humanos y derecho internacional humanitario formulado para el cuatrienio 2020-2023. Fuente: SICC, 2023', 1, 'Implementar un (1) Plan Distrital de prevención y protección de violaciones graves a los derechos humanos y derecho internacional humanitario', 'plan', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 38, 'migracion'),
    ('PZ.VIC.10', 'producto', 2, 6, 'Plan de Acción Territorial -PAT actualizado aprobado e implementado', 0, 'Un Plan de Acción Territorial - PAT vigente para el cuatrienio 2020-2023. Fuente: SICC, 2023', 1, 'Actualizar aprobar e implementar un (1) Plan de Acción Territorial -PAT', 'plan', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 39, 'migracion'),
    ('PZ.VIC.11', 'producto', 2, 6, 'Plan de Contingencia formulado', 0, 'Un Plan de Contingencia para el cuatrienio 2020-2023. Fuente: SICC, 2023', 1, 'Formular un (1) Plan de Contingencia para la atención inmediata de víctimas en el Distrito', 'plan', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 40, 'migracion'),
    ('PZ.VIC.12', 'producto', 2, 6, 'Plan Integral de Reparación Colectiva de la Liga de Mujeres Desplazadas concertado e implementado', 0, 'Un Plan Integral de Reparación Colectiva de la Liga de Mujeres Desplazadas aprobado por CJT del Distrito en el año 2018. Fuente: SICC, 2023', 1, 'Implementar un (1) Plan Integral de Reparación Colectiva de la Liga de Mujeres Desplazadas', 'plan', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 41, 'migracion'),
    ('PZ.VIC.13', 'producto', 2, 6, 'Consejo de Paz, Reconciliación, Convivencia y DDHH en el Distrito de Cartagena con plan de acción implementado', 0, 'Un Consejo de Paz, Reconciliación, Convivencia y DDHH en el Distrito de Cartagena creado mediante Decreto 1621 de 24 de diciembre de 2020. Fuente: SICC, 2023', 1, 'Implementar el plan de acción de un (1) Consejo de Paz, Reconciliación, Convivencia y DDHH en el Distrito', 'plan de acción', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 42, 'migracion'),
    ('PZ.VIC.14', 'producto', 2, 6, 'Iniciativas de memoria histórica asistidas', 0, '8 acciones afirmativas de reconocimiento de memoria histórica asistidas a corte 2023. Fuente: SICC, 2023', 8, 'Asistir ocho (8) iniciativas de memoria histórica', 'iniciativas', 'acumulado', 'actividades', 'Iniciativas de memoria histórica distintas con asistencia registrada en el cuatrienio.', 43, 'migracion'),
    ('PZ.VIC.15', 'producto', 2, 6, 'Acciones de difusión de las recomendaciones de la Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición implementadas', 0, '0. Fuente: SICC, 2023', 4, 'Implementar cuatro (4) acciones de difusión de las recomendaciones de la Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición', 'acciones', 'acumulado', 'actividades', 'Acciones de difusión realizadas (con fecha y soporte) en el cuatrienio.', 44, 'migracion'),
    ('PZ.VIC.16', 'producto', 2, 6, 'Acciones de articulación con la Unidad de Búsqueda de Personas dadas por Desaparecidas- UBPD implementadas', 0, '0. Fuente: SICC, 2023', 8, 'Implementar ocho (8) acciones de articulación con la Unidad de Búsqueda de Personas dadas por Desaparecidas -UBPD para impulsar la búsqueda de personas dadas por desaparecidas en el marco del conflicto armado', 'acciones', 'acumulado', 'actividades', 'Acciones de articulación con la UBPD realizadas (con fecha y soporte) en el cuatrienio.', 45, 'migracion'),
    ('PZ.VIC.17', 'producto', 2, 6, 'Medidas de satisfacción y memoria histórica ejecutadas', 0, '6 medidas de satisfacción ejecutadas a corte 2023. Fuente: SICC, 2023', 2, 'Ejecutar dos (2) medidas de memoria histórica para población víctima', 'medidas', 'acumulado', 'actividades', 'Medidas de satisfacción y memoria histórica ejecutadas (con fecha y soporte) en el cuatrienio.', 46, 'migracion'),
    ('PZ.VIC.18', 'producto', 2, 6, 'Sede propia para la Mesa Distrital de Víctimas garantizada', NULL, 'N.D.', 1, 'Garantizar una (1) sede propia para la Mesa Distrital de Víctimas', 'sede', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 47, 'migracion'),
    ('PZ.VIC.19', 'producto', 2, 6, 'Estrategia de oferta de atención interinstitucional del Distrito en el Centro Regional de Atención a Víctimas implementada', NULL, 'N.D.', 1, 'Implementar una (1) estrategia de oferta de atención interinstitucional del Distrito en el Centro Regional de Atención a Víctimas', 'estrategia', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 48, 'migracion'),
    ('PZ.DDH.1', 'producto', 2, 7, 'Estrategias de promoción de la garantía de derechos implementadas', 0, '0. Fuente: SICC, 2023', 8, 'Implementar ocho (8) estrategias de promoción de la garantía de derechos', 'estrategias', 'acumulado', 'actividades', 'Estrategias de promoción distintas con implementación registrada en el cuatrienio.', 49, 'migracion'),
    ('PZ.DDH.2', 'producto', 2, 7, 'Solicitudes de medidas de protección preventiva atendidas', 64, '64 solicitudes atendidas en 2023. Fuente: SICC, 2023', 100, 'Atender la totalidad de las solicitudes de medidas de protección preventiva', 'porcentaje', 'cobertura', 'casos', 'Solicitudes de protección preventiva recibidas en el periodo que tienen respuesta registrada / solicitudes recibidas en el periodo. Las pendientes se muestran aparte.', 50, 'migracion'),
    ('PZ.DDH.3', 'producto', 2, 7, 'Grupos de gestores y gestoras de Derechos Humanos creados', 0, '0. Fuente: SICC, 2023', 9, 'Crear nueve (9) grupos de gestores y gestoras de Derechos Humanos', 'grupos', 'acumulado', 'actividades', 'Grupos de gestores de DDHH distintos con creación registrada en el cuatrienio.', 51, 'migracion'),
    ('PZ.DDH.4', 'producto', 2, 7, 'Casa de acogida para víctimas y sobrevivientes de la trata de personas y mendicidad forzada creada y en funcionamiento', 0, '0. Fuente: SICC, 2023', 1, 'Crear y poner en funcionamiento una (1) casa de acogida para víctimas y sobrevivientes de la trata de personas y mendicidad forzada', 'casas', 'incremento', 'sedes', 'Sedes de tipo casa de acogida en estado en funcionamiento a la fecha de corte.', 52, 'migracion'),
    ('PZ.DDH.5', 'producto', 2, 7, 'Número de estrategias implementadas para la prevención de casos de víctimas de trata de personas', NULL, 'ND', 4, 'Implementar cuatro (4) estrategias de prevención de casos de víctimas de trata de personas', 'estrategias', 'acumulado', 'actividades', 'Estrategias de prevención de trata distintas con implementación registrada en el cuatrienio.', 53, 'migracion'),
    ('PZ.DDH.6', 'producto', 2, 7, 'Instancias institucionales creadas para la atención y garantía del derecho de libertad religiosa en el Distrito', 1, 'Una instancia institucional creada en el Distrito: Comité Intersectorial de Libertad Religiosa creado mediante Decreto 0605 del 08 de junio del 2021. Fuente: SICC, 2023', 1, 'Mantener una (1) instancia institucional para atención y garantía del derecho de libertad religiosa en el Distrito', 'instancias', 'mantenimiento', 'manual', 'Instancias en funcionamiento en el año reportadas con soporte y aprobadas por supervisor.', 54, 'migracion'),
    ('PZ.DDH.7', 'producto', 2, 7, 'Población víctima y sobreviviente de la trata de personas atendida', 105, '105 personas víctimas atendidas a corte 2023 (42 víctimas sobrevivientes de explotación sexual y 63 de mendicidad forzada). Fuente: SICC, 2023', 100, 'Atender a la totalidad de víctimas sobrevivientes de explotación sexual y de mendicidad forzada', 'porcentaje', 'cobertura', 'casos', 'Personas distintas con caso de trata abierto en el periodo que recibieron asistencia inmediata registrada / personas distintas con caso de trata abierto en el periodo; desagregado por modalidad de explotación.', 55, 'migracion'),
    ('PZ.DDH.8', 'producto', 2, 7, 'Personas en proceso de reintegración y reincorporación vinculadas para la reinserción social y comunitaria y de participación', 0, '0. Fuente: SICC, 2023', 86, 'Vincular a ochenta y seis (86) personas en proceso de reintegración y reincorporación a beneficios para la reinserción social y comunitaria y de participación', 'personas', 'acumulado', 'casos', 'Personas distintas en proceso de reintegración o reincorporación vinculadas en el cuatrienio; en cada año cuentan las que se vinculan por primera vez en el cuatrienio.', 56, 'migracion'),
    ('PZ.DDH.9', 'producto', 2, 7, 'Ruta de protección preventiva para líderes amenazados en el Distrito implementada', 0, '0. Fuente: SICC, 2023', 1, 'Implementar una (1) ruta de protección preventiva para líderes amenazados en el Distrito', 'ruta', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 57, 'migracion'),
    ('PZ.PEN.1', 'producto', 2, 8, 'Establecimiento de reclusión distrital para personas privadas de la libertad femeninas y masculinas operando en un inmueble del Distrito', 0, 'Cárcel Distrital y centros de detención transitoria funcionando de manera provisional en inmuebles en calidad de arriendo', 1, 'Poner en operación un (1) establecimiento de reclusión distrital para personas privadas de la libertad femeninas y masculinas en un inmueble del Distrito', 'establecimientos', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 58, 'migracion'),
    ('PZ.PEN.2', 'producto', 2, 8, 'Personas privadas de la libertad vinculadas a programas psicosociales', NULL, 'N.D.', 150, 'Vincular a ciento cincuenta (150) personas privadas de la libertad a programas psicosociales', 'personas', 'acumulado', 'casos', 'Personas privadas de la libertad distintas vinculadas a programas psicosociales en el cuatrienio; en cada año cuentan las que se vinculan por primera vez en el cuatrienio.', 59, 'migracion'),
    ('PZ.PEN.3', 'producto', 2, 8, 'Convenio con el INPEC suscrito anualmente', 1, 'Último convenio con el INPEC suscrito en 2023. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 1, 'Suscribir anualmente (1) convenio con el INPEC', 'convenios por año', 'mantenimiento', 'actividades', 'Convenios con el INPEC suscritos (con fecha y soporte) en cada año; meta de 1 por año.', 60, 'migracion'),
    ('GE.R1', 'resultado', 3, NULL, 'Porcentaje de población migrante colombianos retornados y de acogida atendidas en Centro Intégrate', 16.44, '16,44% de la población migrante, colombianos retornados y de acogida atendida en el Centro Intégrate. Fuente: Centro Intégrate, Secretaría del Interior y Convivencia Ciudadana, 2023', 25, 'Incrementar a 25% el porcentaje población migrante, colombianos retornados y de acogida atendida en el Centro Intégrate', 'porcentaje', 'incremento', 'casos', 'Personas distintas (migrantes, colombianos retornados y comunidad de acogida) atendidas en el Centro Intégrate en el periodo / población migrante estimada para el periodo (dato externo cargado por año con su fuente).', 61, 'migracion'),
    ('GE.MIG.1', 'producto', 3, 9, 'Centro Intégrate mejorado técnica y tecnológicamente', 0, 'Centro Intégrate operando en Cartagena. Fuente: Secretaría del Interior y Convivencia Ciudadana, 2023', 1, 'Mejorar técnica y tecnológicamente un (1) Centro Intégrate', 'centros', 'hito', 'manual', 'Avance porcentual del hito reportado con soporte y aprobado por supervisor.', 62, 'migracion'),
    ('GE.MIG.2', 'producto', 3, 9, 'Número de jornadas extramurales de atención integral a la población migrante desarrolladas', 0, '12.318 personas caracterizadas en el Centro Intégrate a corte de noviembre de 2023. Fuente: Centro Intégrate, Secretaría del Interior, 2023', 2, 'Desarrollar dos (2) jornadas extramurales anuales de atención integral a la población migrante', 'jornadas por año', 'mantenimiento', 'actividades', 'Jornadas extramurales de atención a migrantes realizadas (con fecha y soporte) en cada año; meta de 2 por año.', 63, 'migracion');
