package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.casos.Campo.entero;
import static co.gov.cartagena.ruta.casos.Campo.fecha;
import static co.gov.cartagena.ruta.casos.Campo.fechaDePeriodo;
import static co.gov.cartagena.ruta.casos.Campo.opcion;
import static co.gov.cartagena.ruta.casos.Campo.siNo;
import static co.gov.cartagena.ruta.casos.Campo.texto;
import static co.gov.cartagena.ruta.casos.Campo.textoLargo;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.sedes.TipoSede;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Las definiciones de cada ruta, según la ley que la rige. Este archivo es la referencia de estados y
 * transiciones (docs/rutas.md la resume en una tabla que ReadmeTest compara con esta).
 */
final class Rutas {

    /** Hechos victimizantes del Registro Único de Víctimas (Ley 1448 de 2011). */
    private static final String[] HECHOS_VICTIMIZANTES = {"DESPLAZAMIENTO_FORZADO", "AMENAZA", "HOMICIDIO",
        "DESAPARICION_FORZADA", "DELITO_CONTRA_LA_LIBERTAD_SEXUAL", "MINAS_ANTIPERSONAL", "RECLUTAMIENTO",
        "SECUESTRO", "TORTURA", "ACTO_TERRORISTA", "CONFINAMIENTO", "OTRO"};

    private static final Map<Ruta, DefinicionRuta> DEFINICIONES = new EnumMap<>(Ruta.class);

    static {
        DEFINICIONES.put(Ruta.AYUDA_HUMANITARIA_INMEDIATA, ayudaHumanitariaInmediata());
        DEFINICIONES.put(Ruta.PROTECCION_PREVENTIVA, proteccionPreventiva());
        DEFINICIONES.put(Ruta.TRATA_DE_PERSONAS, trataDePersonas());
        DEFINICIONES.put(Ruta.LABORATORIOS_DE_PAZ, juventud());
        DEFINICIONES.put(Ruta.PROYECTOS_DE_VIDA, juventud());
        DEFINICIONES.put(Ruta.VIOLENCIA_INTRAFAMILIAR, violenciaIntrafamiliar());
        DEFINICIONES.put(Ruta.CASA_DE_JUSTICIA, casaDeJusticia());
        DEFINICIONES.put(Ruta.ATENCION_PSICOSOCIAL_VICTIMAS, atencionPsicosocialVictimas());
        DEFINICIONES.put(Ruta.UNIDADES_PRODUCTIVAS, unidadesProductivas());
        DEFINICIONES.put(Ruta.MESA_DE_VICTIMAS, mesaDeVictimas());
        DEFINICIONES.put(Ruta.TRASMALLO_MUJERES_VIOLETAS, trasmalloMujeresVioletas());
        DEFINICIONES.put(Ruta.REINTEGRACION, reintegracion());
        DEFINICIONES.put(Ruta.PPL_PSICOSOCIAL, pplPsicosocial());
        DEFINICIONES.put(Ruta.CENTRO_INTEGRATE, centroIntegrate());
    }

    private Rutas() {
    }

    static DefinicionRuta de(Ruta ruta) {
        return DEFINICIONES.get(ruta);
    }

    /**
     * Ley 1448 de 2011: la víctima declara ante el Ministerio Público; se verifica si cumple los requisitos y, si
     * cumple, se entregan los componentes de la ayuda (alimentación, alojamiento transitorio o albergue, kits).
     */
    private static DefinicionRuta ayudaHumanitariaInmediata() {
        return new DefinicionRuta("REGISTRADO")
                .campo(fecha("fechaDeclaracion", "Fecha de la declaración", true))
                .campo(opcion("entidadDeclaracion", "Entidad del Ministerio Público", true, false,
                        "PERSONERIA", "DEFENSORIA", "PROCURADURIA"))
                .campo(opcion("hechoVictimizante", "Hecho victimizante", true, false, HECHOS_VICTIMIZANTES))
                .campo(fecha("fechaHecho", "Fecha del hecho victimizante", true))
                .campo(fecha("fechaVerificacion", "Fecha de verificación de requisitos", false))
                .campo(textoLargo("motivoNoCumple", "Motivo por el que no cumple los requisitos", false, false))
                .campo(siNo("requiereAlojamiento", "¿El hogar requiere alojamiento?", false)
                        .conAyuda("Responda sí si el hogar no tiene dónde pasar la noche: se le ofrece alojamiento"
                                + " transitorio o albergue como parte de la ayuda inmediata (Ley 1448 de 2011, art. 63)."))
                .transicion("REGISTRADO", "CUMPLE_REQUISITOS", "fechaVerificacion")
                .transicion("REGISTRADO", "NO_CUMPLE_REQUISITOS", "fechaVerificacion", "motivoNoCumple")
                .atencion("ORIENTACION", "REGISTRADO", "CUMPLE_REQUISITOS", "NO_CUMPLE_REQUISITOS")
                .atencion("ALIMENTACION", "CUMPLE_REQUISITOS")
                .atencion("ALOJAMIENTO_TRANSITORIO", "CUMPLE_REQUISITOS")
                .atencion("ALBERGUE", "CUMPLE_REQUISITOS")
                .atencion("KIT_ASEO", "CUMPLE_REQUISITOS")
                .atencion("KIT_COCINA", "CUMPLE_REQUISITOS")
                .atencion("OTRO_COMPONENTE", "CUMPLE_REQUISITOS")
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .regla(v -> noAntes(v, "fechaHecho", "fechaDeclaracion",
                        Texto.de("casos.fechaHechoNoPuede")))
                .regla(v -> noAntes(v, "fechaDeclaracion", "fechaVerificacion",
                        Texto.de("casos.verificacionNoPuedeSer")));
    }

    /** Protección preventiva de líderes sociales y defensores de DD. HH.: evaluación del riesgo, medidas, UNP. */
    private static DefinicionRuta proteccionPreventiva() {
        return new DefinicionRuta("SOLICITADA")
                .campo(siNo("liderSocial", "¿Es líder social o defensor(a) de derechos humanos?", true))
                .campo(texto("organizacion", "Organización o proceso que representa", false))
                .campo(opcion("tipoAmenaza", "Tipo de amenaza", true, false,
                        "AMENAZA_DIRECTA", "PANFLETO", "ATENTADO", "SEGUIMIENTO", "HOSTIGAMIENTO", "OTRA"))
                .campo(textoLargo("descripcionRiesgo", "Descripción del riesgo", false, true))
                .campo(opcion("nivelRiesgo", "Nivel de riesgo", false, false, "ORDINARIO", "EXTRAORDINARIO", "EXTREMO"))
                .campo(textoLargo("medidasAdoptadas", "Medidas preventivas adoptadas", false, true))
                .campo(fecha("fechaRemisionUnp", "Fecha de remisión a la UNP", false))
                .campo(fecha("fechaRespuestaUnp", "Fecha de respuesta de la UNP", false))
                .campo(textoLargo("respuestaUnp", "Respuesta de la UNP", false, true))
                .transicion("SOLICITADA", "EVALUACION_DE_RIESGO")
                .transicion("EVALUACION_DE_RIESGO", "MEDIDAS_ADOPTADAS", "nivelRiesgo", "medidasAdoptadas")
                .transicion("EVALUACION_DE_RIESGO", "REMITIDA_UNP", "nivelRiesgo", "fechaRemisionUnp")
                .transicion("MEDIDAS_ADOPTADAS", "REMITIDA_UNP", "nivelRiesgo", "fechaRemisionUnp")
                .transicion("REMITIDA_UNP", "RESPUESTA_UNP", "fechaRespuestaUnp", "respuestaUnp")
                .atencion("ORIENTACION", "SOLICITADA", "EVALUACION_DE_RIESGO", "MEDIDAS_ADOPTADAS", "REMITIDA_UNP",
                        "RESPUESTA_UNP")
                .atencion("EVALUACION_DE_RIESGO", "EVALUACION_DE_RIESGO")
                .atencion("MEDIDA_PREVENTIVA", "MEDIDAS_ADOPTADAS", "REMITIDA_UNP", "RESPUESTA_UNP")
                .atencion("ACOMPANAMIENTO", "MEDIDAS_ADOPTADAS", "REMITIDA_UNP", "RESPUESTA_UNP")
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .regla(v -> noAntes(v, "fechaRemisionUnp", "fechaRespuestaUnp",
                        Texto.de("casos.respuestaUnpNoPuede")));
    }

    /**
     * Ley 985 de 2005 y Decreto 1066 de 2015: identificación, reporte al COAT, asistencia inmediata (incluida la
     * estancia en la casa de acogida) y asistencia mediata.
     */
    private static DefinicionRuta trataDePersonas() {
        String[] inmediata = {"ASISTENCIA_INMEDIATA", "ASISTENCIA_MEDIATA"};
        return new DefinicionRuta("IDENTIFICADA")
                .campo(opcion("formaExplotacion", "Forma de explotación", true, true,
                        "EXPLOTACION_SEXUAL", "MENDICIDAD_AJENA", "TRABAJO_FORZOSO", "MATRIMONIO_SERVIL",
                        "ESCLAVITUD", "EXTRACCION_DE_ORGANOS", "TURISMO_SEXUAL", "OTRA"))
                .campo(opcion("modalidad", "Trata interna o externa", true, false, "INTERNA", "EXTERNA"))
                .campo(textoLargo("detalleExplotacion", "Detalle de la explotación", false, true))
                .campo(fecha("fechaReporteCoat", "Fecha del reporte al COAT", false))
                .campo(fecha("fechaIngresoCasaAcogida", "Ingreso a la casa de acogida", false))
                .campo(fecha("fechaSalidaCasaAcogida", "Salida de la casa de acogida", false))
                .transicion("IDENTIFICADA", "ASISTENCIA_INMEDIATA", "fechaReporteCoat")
                .transicion("ASISTENCIA_INMEDIATA", "ASISTENCIA_MEDIATA")
                .atencion("ORIENTACION", "IDENTIFICADA", "ASISTENCIA_INMEDIATA", "ASISTENCIA_MEDIATA")
                .atencion("ALOJAMIENTO_CASA_ACOGIDA", inmediata)
                .atencion("ATENCION_EN_SALUD", inmediata)
                .atencion("ATENCION_PSICOSOCIAL", inmediata)
                .atencion("ASESORIA_JURIDICA", inmediata)
                .atencion("KIT_ASEO", inmediata)
                .atencion("TRANSPORTE", inmediata)
                .atencion("REPATRIACION", inmediata)
                .atencion("EDUCACION", "ASISTENCIA_MEDIATA")
                .atencion("FORMACION_PARA_EL_TRABAJO", "ASISTENCIA_MEDIATA")
                .atencion("GENERACION_DE_INGRESOS", "ASISTENCIA_MEDIATA")
                .atencion("REUNIFICACION_FAMILIAR", "ASISTENCIA_MEDIATA")
                .roles(RolParticipante.TITULAR, RolParticipante.VICTIMA, RolParticipante.MIEMBRO_HOGAR)
                .regla(v -> noAntes(v, "fechaIngresoCasaAcogida", "fechaSalidaCasaAcogida",
                        Texto.de("casos.salidaCasaAcogidaNo")));
    }

    /** Laboratorios de Paz y Proyectos de Vida Libres de Violencia: jóvenes de 12 a 28 años al vincularse. */
    private static DefinicionRuta juventud() {
        return new DefinicionRuta("VINCULADO")
                .campo(texto("institucionEducativa", "Institución educativa o comunidad", false))
                .campo(fecha("fechaEgreso", "Fecha de egreso", false))
                .campo(textoLargo("motivoRetiro", "Motivo del retiro", false, false))
                .transicion("VINCULADO", "EGRESADO", "fechaEgreso")
                .transicion("VINCULADO", "RETIRADO", "motivoRetiro")
                .atencion("SESION", "VINCULADO")
                .roles(RolParticipante.TITULAR)
                .edadDelTitular(12, 28);
    }

    /**
     * Ley 2126 de 2021 y Ley 294 de 1996: solicitud de medida de protección, medida provisional, audiencia, medida
     * definitiva, seguimiento e incumplimiento. Cada paso queda con su fecha en la historia del caso.
     */
    private static DefinicionRuta violenciaIntrafamiliar() {
        return new DefinicionRuta("SOLICITUD")
                .campo(opcion("tipoViolencia", "Tipo de violencia", true, true,
                        "FISICA", "PSICOLOGICA", "SEXUAL", "ECONOMICA", "PATRIMONIAL"))
                .campo(fecha("fechaHechos", "Fecha de los hechos", true))
                .campo(textoLargo("relatoHechos", "Relato de los hechos", false, true))
                .campo(textoLargo("medidaProvisional", "Medida de protección provisional", false, true))
                .campo(fecha("fechaAudiencia", "Fecha de la audiencia", false))
                .campo(textoLargo("medidaDefinitiva", "Medida de protección definitiva", false, true))
                .campo(textoLargo("incumplimiento", "Descripción del incumplimiento", false, true))
                .transicion("SOLICITUD", "MEDIDA_PROVISIONAL", "medidaProvisional")
                .transicion("SOLICITUD", "AUDIENCIA", "fechaAudiencia")
                .transicion("MEDIDA_PROVISIONAL", "AUDIENCIA", "fechaAudiencia")
                .transicion("AUDIENCIA", "MEDIDA_DEFINITIVA", "medidaDefinitiva")
                .transicion("MEDIDA_DEFINITIVA", "SEGUIMIENTO")
                .transicion("SEGUIMIENTO", "INCUMPLIMIENTO", "incumplimiento")
                .transicion("INCUMPLIMIENTO", "SEGUIMIENTO")
                .atencion("RECEPCION_DE_SOLICITUD", "SOLICITUD")
                .atencion("VALORACION_PSICOLOGICA", "SOLICITUD", "MEDIDA_PROVISIONAL", "AUDIENCIA")
                .atencion("AUDIENCIA", "AUDIENCIA")
                .atencion("VISITA_DE_SEGUIMIENTO", "MEDIDA_DEFINITIVA", "SEGUIMIENTO", "INCUMPLIMIENTO")
                .atencion("ORIENTACION", "SOLICITUD", "MEDIDA_PROVISIONAL", "AUDIENCIA", "MEDIDA_DEFINITIVA",
                        "SEGUIMIENTO", "INCUMPLIMIENTO")
                .roles(RolParticipante.VICTIMA, RolParticipante.AGRESOR, RolParticipante.MIEMBRO_HOGAR)
                .soloEnSedes(TipoSede.COMISARIA_DE_FAMILIA, TipoSede.COMISARIA_DE_FAMILIA_MOVIL);
    }

    /** Casa de Justicia: orientación y atención, conciliación (solicitud, audiencia, acuerdo o no) y remisión. */
    private static DefinicionRuta casaDeJusticia() {
        return new DefinicionRuta("ORIENTACION")
                .campo(opcion("asunto", "Asunto", true, false,
                        "FAMILIA", "CIVIL", "PENAL_QUERELLABLE", "LABORAL", "CONVIVENCIA", "OTRO"))
                .campo(fecha("fechaSolicitudConciliacion", "Fecha de la solicitud de conciliación", false))
                .campo(fecha("fechaAudiencia", "Fecha de la audiencia de conciliación", false))
                .campo(textoLargo("resultadoAudiencia", "Resultado de la audiencia (acta)", false, false))
                .transicion("ORIENTACION", "CONCILIACION_SOLICITADA", "fechaSolicitudConciliacion")
                .transicion("CONCILIACION_SOLICITADA", "AUDIENCIA_DE_CONCILIACION", "fechaAudiencia")
                .transicion("AUDIENCIA_DE_CONCILIACION", "ACUERDO", "resultadoAudiencia")
                .transicion("AUDIENCIA_DE_CONCILIACION", "SIN_ACUERDO", "resultadoAudiencia")
                .atencion("ORIENTACION_JURIDICA", "ORIENTACION", "CONCILIACION_SOLICITADA")
                .atencion("ATENCION_PSICOSOCIAL", "ORIENTACION", "CONCILIACION_SOLICITADA",
                        "AUDIENCIA_DE_CONCILIACION")
                .atencion("AUDIENCIA_DE_CONCILIACION", "AUDIENCIA_DE_CONCILIACION")
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .soloEnSedes(TipoSede.CASA_DE_JUSTICIA, TipoSede.CENTRO_DE_CONCILIACION)
                .regla(v -> noAntes(v, "fechaSolicitudConciliacion", "fechaAudiencia",
                        Texto.de("casos.audienciaNoPuedeSer")));
    }

    /**
     * Ley 1448 de 2011, art. 137, y Decreto 1084 de 2015: atención psicosocial a víctimas del conflicto armado
     * (modalidades individual, familiar y comunitaria/grupal), desde la vinculación hasta el egreso.
     */
    private static DefinicionRuta atencionPsicosocialVictimas() {
        return new DefinicionRuta("VINCULADO")
                .campo(opcion("hechoVictimizante", "Hecho victimizante principal", false, false, HECHOS_VICTIMIZANTES))
                .campo(fecha("fechaEgreso", "Fecha de egreso", false)
                        .conAyuda("Fecha en que se cierra el proceso psicosocial con los objetivos del plan de"
                                + " atención cumplidos."))
                .campo(textoLargo("motivoRetiro", "Motivo del retiro", false, false)
                        .conAyuda("Por qué la persona deja el proceso antes de terminarlo (desistimiento, traslado de"
                                + " ciudad, sin contacto…)."))
                .transicion("VINCULADO", "EGRESADO", "fechaEgreso")
                .transicion("VINCULADO", "RETIRADO", "motivoRetiro")
                .atencion("SESION_INDIVIDUAL", "VINCULADO")
                .atencion("SESION_FAMILIAR", "VINCULADO")
                .atencion("SESION_GRUPAL", "VINCULADO")
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .titularVictima();
    }

    /**
     * Ley 1448 de 2011 (art. 130, generación de ingresos): la víctima se postula, el comité aprueba o no, y se
     * entrega la unidad productiva con acta firmada (que se adjunta al caso); luego se le hace seguimiento.
     */
    private static DefinicionRuta unidadesProductivas() {
        String[] conUnidad = {"APROBADO", "ENTREGADA"};
        return new DefinicionRuta("POSTULADO")
                .campo(opcion("lineaProductiva", "Línea productiva", false, false,
                        "COMERCIO", "SERVICIOS", "AGROPECUARIA", "PESCA", "MANUFACTURA", "ARTESANIAS", "OTRA"))
                .campo(textoLargo("motivoNoAprobado", "Motivo por el que no se aprobó", false, false))
                .campo(texto("unidadProductiva", "Unidad productiva entregada", false)
                        .conAyuda("Describa la unidad: actividad y los bienes entregados (p. ej. «Tienda de barrio:"
                                + " nevera, estantería y mercancía inicial»)."))
                .campo(entero("valorUnidad", "Valor de la unidad productiva (pesos)", false, 1)
                        .conAyuda("Valor total entregado, en pesos colombianos, sin decimales (p. ej. 2.500.000)."))
                .campo(fecha("fechaEntrega", "Fecha de entrega", false))
                .campo(texto("numeroActa", "Número del acta de entrega", false)
                        .conAyuda("Adjunte al caso el acta de entrega firmada por la persona beneficiaria."))
                .transicion("POSTULADO", "APROBADO")
                .transicion("POSTULADO", "NO_APROBADO", "motivoNoAprobado")
                .transicion("APROBADO", "ENTREGADA", "unidadProductiva", "valorUnidad", "fechaEntrega", "numeroActa")
                .atencion("ENTREGA_UNIDAD_PRODUCTIVA", conUnidad)
                .atencion("SEGUIMIENTO_UNIDAD", "ENTREGADA")
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .titularVictima();
    }

    /**
     * Ley 1448 de 2011 (arts. 192 y 193) y el Protocolo de participación efectiva de las víctimas (Resolución 01668
     * de 2020 de la Unidad para las Víctimas): un caso por representante ante la Mesa Distrital, con su periodo,
     * el sector que representa y los incentivos técnicos y logísticos que recibe mientras está activo.
     */
    private static DefinicionRuta mesaDeVictimas() {
        return new DefinicionRuta("ACTIVO")
                .campo(fechaDePeriodo("inicioPeriodo", "Inicio del periodo", true))
                .campo(fechaDePeriodo("finPeriodo", "Fin del periodo", true)
                        .conAyuda("Fecha en que termina el periodo para el que fue elegido(a), según el acta de"
                                + " elección de la Mesa."))
                .campo(opcion("sectorRepresentado", "Sector o enfoque que representa", true, false,
                        "VIDA_Y_LIBERTAD", "INTEGRIDAD_FISICA_Y_PSICOLOGICA", "VIOLENCIA_SEXUAL",
                        "DESPLAZAMIENTO_FORZADO", "MUJERES", "JOVENES", "PERSONAS_MAYORES", "DISCAPACIDAD", "LGBTI",
                        "INDIGENAS", "COMUNIDADES_NEGRAS_AFRO_RAIZALES_PALENQUERAS", "PUEBLO_ROM",
                        "ORGANIZACIONES_DEFENSORAS_DE_VICTIMAS")
                        .conAyuda("Hecho victimizante o enfoque diferencial por el que fue elegido(a), según el"
                                + " Protocolo de participación."))
                .campo(texto("organizacion", "Organización de víctimas que lo (la) postuló", false))
                .campo(fecha("fechaRetiro", "Fecha de retiro de la Mesa", false))
                .campo(textoLargo("motivoRetiro", "Motivo del retiro", false, false)
                        .conAyuda("Renuncia, pérdida de la calidad de representante, fallecimiento u otra causa"
                                + " prevista en el reglamento de la Mesa."))
                .transicion("ACTIVO", "RETIRADO", "fechaRetiro", "motivoRetiro")
                .atencion("INCENTIVO_TECNICO", "ACTIVO")
                .atencion("INCENTIVO_LOGISTICO", "ACTIVO")
                .atencion("INCENTIVO_TRANSPORTE", "ACTIVO")
                .roles(RolParticipante.TITULAR)
                .titularVictima()
                .regla(v -> noAntes(v, "inicioPeriodo", "finPeriodo",
                        Texto.de("casos.finPeriodoNoPuede")))
                .regla(v -> noAntes(v, "inicioPeriodo", "fechaRetiro",
                        Texto.de("casos.retiroNoPuedeSer")));
    }

    /** Trasmallo de Mujeres Violetas por la Paz: vinculación de mujeres y su participación en el colectivo. */
    private static DefinicionRuta trasmalloMujeresVioletas() {
        return new DefinicionRuta("VINCULADA")
                .campo(texto("colectivo", "Colectivo, organización o barrio", false))
                .campo(fecha("fechaEgreso", "Fecha de egreso", false)
                        .conAyuda("Fecha en que la mujer culmina el proceso de formación y acompañamiento."))
                .campo(textoLargo("motivoRetiro", "Motivo del retiro", false, false))
                .transicion("VINCULADA", "EGRESADA", "fechaEgreso")
                .transicion("VINCULADA", "RETIRADA", "motivoRetiro")
                .atencion("ENCUENTRO", "VINCULADA")
                .atencion("FORMACION", "VINCULADA")
                .atencion("ACOMPANAMIENTO", "VINCULADA")
                .roles(RolParticipante.TITULAR)
                .sexoDelTitular(Sexo.MUJER);
    }

    /**
     * Decreto 1081 de 2015 (ruta de reintegración de la ARN) y Decreto 899 de 2017 (reincorporación de
     * exintegrantes de las FARC-EP): acompañamiento distrital y beneficios en educación, empleabilidad,
     * atención psicosocial y participación comunitaria. Ruta reservada: la identidad de estas personas exige
     * reserva por su seguridad.
     */
    private static DefinicionRuta reintegracion() {
        return new DefinicionRuta("VINCULADO")
                .campo(opcion("proceso", "Proceso", true, false, "REINTEGRACION", "REINCORPORACION")
                        .conAyuda("Reintegración: personas desmovilizadas acompañadas por la ARN. Reincorporación:"
                                + " exintegrantes de las FARC-EP tras el Acuerdo Final de Paz."))
                .campo(fecha("fechaEgreso", "Fecha de culminación del proceso", false)
                        .conAyuda("Fecha en que la ARN certifica la culminación del proceso."))
                .campo(textoLargo("motivoRetiro", "Motivo del retiro", false, true))
                .transicion("VINCULADO", "EGRESADO", "fechaEgreso")
                .transicion("VINCULADO", "RETIRADO", "motivoRetiro")
                .atencion("BENEFICIO_EDUCACION", "VINCULADO")
                .atencion("BENEFICIO_EMPLEABILIDAD", "VINCULADO")
                .atencion("BENEFICIO_PSICOSOCIAL", "VINCULADO")
                .atencion("BENEFICIO_PARTICIPACION_COMUNITARIA", "VINCULADO")
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .edadMinimaDelTitular(18);
    }

    /**
     * Ley 65 de 1993 (Código Penitenciario y Carcelario) modificada por la Ley 1709 de 2014: programas
     * psicosociales para personas privadas de la libertad en los establecimientos de reclusión; la persona puede
     * egresar, retirarse o ser trasladada a otro establecimiento.
     */
    private static DefinicionRuta pplPsicosocial() {
        return new DefinicionRuta("VINCULADO")
                .campo(texto("establecimiento", "Establecimiento de reclusión", true)
                        .conAyuda("Nombre del establecimiento penitenciario o carcelario (ERON) donde está la persona,"
                                + " p. ej. «EPMSC Cartagena (San Sebastián de Ternera)»."))
                .campo(opcion("situacionJuridica", "Situación jurídica", false, false, "SINDICADA", "CONDENADA"))
                .campo(fecha("fechaEgreso", "Fecha de egreso del programa", false))
                .campo(textoLargo("motivoRetiro", "Motivo del retiro", false, false))
                .campo(texto("establecimientoDestino", "Establecimiento al que fue trasladada la persona", false))
                .transicion("VINCULADO", "EGRESADO", "fechaEgreso")
                .transicion("VINCULADO", "RETIRADO", "motivoRetiro")
                .transicion("VINCULADO", "TRASLADADO", "establecimientoDestino")
                .atencion("SESION_INDIVIDUAL", "VINCULADO")
                .atencion("SESION_GRUPAL", "VINCULADO")
                .roles(RolParticipante.TITULAR)
                .edadMinimaDelTitular(18);
    }

    /**
     * Centro Intégrate (Decreto 216 de 2021, Estatuto Temporal de Protección para Migrantes Venezolanos, y Ley 2136
     * de 2021, política integral migratoria): orientación y servicios a migrantes, colombianos retornados y
     * comunidad de acogida. Solo se lleva en el Centro Intégrate; el caso permanece en atención.
     */
    private static DefinicionRuta centroIntegrate() {
        String atencion = "EN_ATENCION";
        return new DefinicionRuta(atencion)
                .campo(opcion("poblacion", "Población", true, false,
                        "MIGRANTE", "COLOMBIANO_RETORNADO", "COMUNIDAD_DE_ACOGIDA"))
                .campo(opcion("situacionMigratoria", "Situación migratoria", false, false,
                        "PPT", "PEP", "VISA", "CEDULA_DE_EXTRANJERIA", "SOLICITANTE_DE_REFUGIO", "EN_TRAMITE",
                        "IRREGULAR", "NO_APLICA")
                        .conAyuda("PPT: Permiso por Protección Temporal. PEP: Permiso Especial de Permanencia."
                                + " «No aplica» para colombianos retornados y comunidad de acogida."))
                .atencion("ORIENTACION", atencion)
                .atencion("REGULARIZACION_MIGRATORIA", atencion)
                .atencion("SALUD", atencion)
                .atencion("EDUCACION", atencion)
                .atencion("EMPLEABILIDAD", atencion)
                .atencion("ASISTENCIA_HUMANITARIA", atencion)
                .atencion("ATENCION_PSICOSOCIAL", atencion)
                .roles(RolParticipante.TITULAR, RolParticipante.MIEMBRO_HOGAR)
                .soloEnSedes(TipoSede.CENTRO_INTEGRATE)
                .regla(v -> ReglaIncumplida.exigir(!"MIGRANTE".equals(v.get("poblacion"))
                        || !"NO_APLICA".equals(v.get("situacionMigratoria")), "situacionMigratoria",
                        Texto.de("casos.personaMigranteIndiqueSituacion")));
    }

    private static void noAntes(Map<String, String> v, String primero, String despues, Texto mensaje) {
        if (v.containsKey(primero) && v.containsKey(despues)) {
            ReglaIncumplida.exigir(!LocalDate.parse(v.get(despues)).isBefore(LocalDate.parse(v.get(primero))),
                    despues, mensaje);
        }
    }
}
