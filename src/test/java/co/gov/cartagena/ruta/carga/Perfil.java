package co.gov.cartagena.ruta.carga;

import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.casos.Ruta;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Las cuentas de demostración con las que trabajan los gestores simulados: en qué sede abren casos, de qué ruta, con
 * qué campos, y qué atención registran. Cada gestor simulado toma una, por turno.
 */
enum Perfil {

    CASA_DE_JUSTICIA("gestora.canapote", "CJ-CANAPOTE", Ruta.CASA_DE_JUSTICIA, "ATENCION_PSICOSOCIAL"),
    COORDINACION_CASA_DE_JUSTICIA("coordinadora.canapote", "CJ-CANAPOTE", Ruta.CASA_DE_JUSTICIA,
            "ORIENTACION_JURIDICA"),
    COMISARIA("gestor.comisaria", "CF-01", Ruta.VIOLENCIA_INTRAFAMILIAR, "ORIENTACION"),
    CENTRO_INTEGRATE("gestora.trata", "CI-INTEGRATE", Ruta.CENTRO_INTEGRATE, "ORIENTACION");

    /** La cuenta con la que leen el tablero los supervisores simulados (pide OTP). */
    static final String SUPERVISORA = "supervisora";

    final String usuario;
    final String sede;
    final Ruta ruta;
    final String tipoAtencion;

    Perfil(String usuario, String sede, Ruta ruta, String tipoAtencion) {
        this.usuario = usuario;
        this.sede = sede;
        this.ruta = ruta;
        this.tipoAtencion = tipoAtencion;
    }

    /**
     * El papel de quien abre el caso: titular o, en la Comisaría, víctima (como en el generador). Se dice siempre al
     * abrir: sin él, la API toma el primer papel de la ruta en el orden del enum, que en la Comisaría es
     * {@code MIEMBRO_HOGAR}.
     */
    String rolTitular() {
        Set<RolParticipante> roles = ruta.definicion().roles();
        return (roles.contains(RolParticipante.TITULAR) ? RolParticipante.TITULAR
                : roles.contains(RolParticipante.VICTIMA) ? RolParticipante.VICTIMA : roles.iterator().next()).name();
    }

    /** Estados del caso en los que se puede registrar la atención de este perfil. */
    Set<String> estadosParaAtender() {
        return ruta.definicion().estadosParaAtencion(tipoAtencion);
    }

    /** Los campos de la ruta que pide la apertura, como los llenaría quien abre hoy el caso. */
    Map<String, String> datosDeApertura(LocalDate hoy) {
        Map<String, String> datos = new LinkedHashMap<>();
        switch (ruta) {
            case CASA_DE_JUSTICIA -> datos.put("asunto", "FAMILIA");
            case VIOLENCIA_INTRAFAMILIAR -> {
                datos.put("tipoViolencia", "PSICOLOGICA");
                datos.put("fechaHechos", hoy.minusDays(3).toString());
            }
            case CENTRO_INTEGRATE -> {
                datos.put("poblacion", "COMUNIDAD_DE_ACOGIDA");
                datos.put("situacionMigratoria", "NO_APLICA");
            }
            default -> throw new IllegalStateException("Sin datos de apertura para " + ruta);
        }
        return datos;
    }

    static Set<String> usuarios() {
        Set<String> u = new java.util.LinkedHashSet<>();
        for (Perfil p : values()) {
            u.add(p.usuario);
        }
        u.add(SUPERVISORA);
        return u;
    }
}
