package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.casos.Atencion;
import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.EventoCaso;
import co.gov.cartagena.ruta.casos.Participante;
import co.gov.cartagena.ruta.casos.Remision;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.Seguimiento;
import co.gov.cartagena.ruta.personas.Consentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Cómo salen personas y casos en la API. Las listas no llevan narrativa ni campos sensibles; el detalle de una
 * persona solo lleva sus datos (más allá de la identidad) a quien puede verlos.
 */
final class Vistas {

    private Vistas() {
    }

    static JsonObject personaResumen(Persona p) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", p.getId())
                .add("tipoDocumento", p.getTipoDocumento().name())
                .add("nombres", p.getNombres())
                .add("apellidos", p.getApellidos())
                .add("version", p.getVersion());
        opcional(b, "numeroDocumento", p.getNumeroDocumento());
        opcional(b, "fechaNacimiento", p.getFechaNacimiento());
        return b.build();
    }

    static JsonObject persona(Persona p, boolean conDatos, List<Caso> casosVisibles) {
        return persona(p, conDatos, conDatos, casosVisibles);
    }

    /**
     * La persona; sin {@code conSensibles} omite identidad de género, orientación sexual, etnia, discapacidad,
     * estatus migratorio y condición de víctima, y lo dice con {@code sensiblesReservados}.
     */
    static JsonObject persona(Persona p, boolean conDatos, boolean conSensibles, List<Caso> casosVisibles) {
        JsonObjectBuilder b = Json.createObjectBuilder(personaResumen(p));
        DatosPersona d = p.datos();
        if (conDatos) {
            opcional(b, "sexo", d.sexo());
            if (conSensibles) {
                opcional(b, "identidadGenero", d.identidadGenero());
                opcional(b, "orientacionSexual", d.orientacionSexual());
                opcional(b, "etnia", d.etnia());
                opcional(b, "discapacidad", d.discapacidad());
                opcional(b, "estatusMigratorio", d.estatusMigratorio());
                b.add("victimaConflicto", d.victimaConflicto()).add("registradaRuv", d.registradaRuv());
            } else {
                b.add("sensiblesReservados", true);
            }
            opcional(b, "nacionalidad", d.nacionalidad());
            opcional(b, "telefono", d.telefono());
            opcional(b, "correo", d.correo());
            opcional(b, "direccion", d.direccion());
            opcional(b, "localidad", d.localidad());
            opcional(b, "barrio", d.barrio());
            JsonArrayBuilder consentimientos = Json.createArrayBuilder();
            for (Consentimiento c : p.getConsentimientos()) {
                JsonObjectBuilder cb = Json.createObjectBuilder().add("alcance", c.getAlcance().name())
                        .add("fecha", c.getFecha().toString()).add("vigente", c.vigente());
                opcional(cb, "soporte", c.getSoporte());
                consentimientos.add(cb);
            }
            b.add("consentimientos", consentimientos);
        } else {
            b.add("datosReservados", true);
        }
        JsonArrayBuilder casos = Json.createArrayBuilder();
        casosVisibles.forEach(c -> casos.add(casoResumen(c)));
        b.add("casos", casos);
        return b.build();
    }

    static JsonObject casoResumen(Caso c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", c.getId())
                .add("radicado", c.getRadicado())
                .add("ruta", c.getRuta().name())
                .add("sede", c.getSede().getCodigo())
                .add("gestor", c.getGestor())
                .add("estado", c.getEstado())
                .add("fechaApertura", c.getFechaApertura().toString())
                .add("anulado", c.isAnulado())
                .add("version", c.getVersion());
        opcional(b, "fechaCierre", c.getFechaCierre());
        b.add("titular", c.titular().nombreCompleto());
        return b.build();
    }

    /**
     * El detalle de un caso. Sin {@code sensibles}, no lleva la narrativa ni los campos de la ruta marcados
     * sensibles; {@code reservados} nombra los que se omitieron.
     */
    static JsonObject caso(Caso c, boolean sensibles, LocalDate hoy) {
        JsonObjectBuilder b = Json.createObjectBuilder(casoResumen(c));
        JsonArrayBuilder reservados = Json.createArrayBuilder();
        if (sensibles) {
            opcional(b, "narrativa", c.getNarrativa());
        } else if (c.getNarrativa() != null) {
            reservados.add("narrativa");
        }
        opcional(b, "motivoCierre", c.getMotivoCierre());
        opcional(b, "motivoAnulacion", c.getMotivoAnulacion());
        JsonObjectBuilder datos = Json.createObjectBuilder();
        c.datos().forEach((campo, valor) -> {
            boolean sensible = c.getRuta().definicion().campo(campo).map(Campo::sensible).orElse(true);
            if (sensibles || !sensible) {
                datos.add(campo, valor);
            } else {
                reservados.add(campo);
            }
        });
        b.add("datos", datos);
        b.add("reservados", reservados);
        JsonArrayBuilder personas = Json.createArrayBuilder();
        for (Participante p : c.getParticipantes()) {
            personas.add(Json.createObjectBuilder().add("personaId", p.getPersona().getId())
                    .add("nombre", p.getPersona().nombreCompleto()).add("rol", p.getRol().name()));
        }
        b.add("personas", personas);
        JsonArrayBuilder atenciones = Json.createArrayBuilder();
        for (Atencion a : c.getAtenciones()) {
            JsonObjectBuilder ab = Json.createObjectBuilder().add("id", a.getId()).add("tipo", a.getTipo())
                    .add("fecha", a.getFecha().toString()).add("prestadaPor", a.getPrestadaPor())
                    .add("anulada", a.isAnulada());
            opcional(ab, "notas", a.getNotas());
            if (a.getPersona() != null) {
                ab.add("personaId", a.getPersona().getId());
            }
            atenciones.add(ab);
        }
        b.add("atenciones", atenciones);
        JsonArrayBuilder remisiones = Json.createArrayBuilder();
        for (Remision r : c.getRemisiones()) {
            JsonObjectBuilder rb = Json.createObjectBuilder().add("id", r.getId()).add("entidad", r.getEntidad().name())
                    .add("fecha", r.getFecha().toString()).add("motivo", r.getMotivo())
                    .add("comparteDatos", r.isComparteDatos()).add("estado", r.getEstado().name());
            if (r.getSedeDestino() != null) {
                rb.add("sedeDestino", r.getSedeDestino().getCodigo());
            }
            opcional(rb, "justificacionSinConsentimiento", r.getJustificacionSinConsentimiento());
            opcional(rb, "fechaRespuesta", r.getFechaRespuesta());
            opcional(rb, "respuesta", r.getRespuesta());
            remisiones.add(rb);
        }
        b.add("remisiones", remisiones);
        JsonArrayBuilder seguimientos = Json.createArrayBuilder();
        for (Seguimiento s : c.getSeguimientos()) {
            JsonObjectBuilder sb = Json.createObjectBuilder().add("id", s.getId()).add("descripcion", s.getDescripcion())
                    .add("fechaVencimiento", s.getFechaVencimiento().toString())
                    .add("vencido", s.vencido(hoy));
            opcional(sb, "cumplidoEn", s.getCumplidoEn());
            opcional(sb, "resultado", s.getResultado());
            seguimientos.add(sb);
        }
        b.add("seguimientos", seguimientos);
        JsonArrayBuilder historia = Json.createArrayBuilder();
        for (EventoCaso e : c.getEventos()) {
            JsonObjectBuilder eb = Json.createObjectBuilder().add("momento", e.getMomento().toString())
                    .add("usuario", e.getUsuario()).add("a", e.getEstadoA());
            opcional(eb, "de", e.getEstadoDe());
            opcional(eb, "motivo", e.getMotivo());
            historia.add(eb);
        }
        b.add("historia", historia);
        b.add("siguientesEstados", arreglo(c.cerrado() ? List.of() : List.copyOf(c.getRuta().definicion().siguientes(c.getEstado()))));
        return b.build();
    }

    static JsonObject ruta(Ruta r) {
        DefinicionRuta d = r.definicion();
        JsonArrayBuilder campos = Json.createArrayBuilder();
        for (Campo c : d.campos()) {
            JsonObjectBuilder cb = Json.createObjectBuilder().add("nombre", c.nombre()).add("etiqueta", c.etiqueta())
                    .add("tipo", c.tipo().name()).add("obligatorio", c.obligatorio()).add("sensible", c.sensible())
                    .add("opciones", arreglo(c.opciones()));
            if (c.tipo() == co.gov.cartagena.ruta.casos.TipoCampo.ENTERO) {
                cb.add("minimo", c.minimo());
            }
            opcional(cb, "ayuda", c.ayuda());
            campos.add(cb);
        }
        JsonObjectBuilder transiciones = Json.createObjectBuilder();
        for (String e : d.estados()) {
            transiciones.add(e, Json.createObjectBuilder().add("siguientes", arreglo(List.copyOf(d.siguientes(e))))
                    .add("exige", arreglo(d.requisitosPara(e))));
        }
        JsonObjectBuilder atenciones = Json.createObjectBuilder();
        for (String t : d.tiposAtencion()) {
            atenciones.add(t, arreglo(List.copyOf(d.estadosParaAtencion(t))));
        }
        return Json.createObjectBuilder().add("codigo", r.name()).add("nombre", r.nombre())
                .add("sensible", r.sensible()).add("estadoInicial", d.estadoInicial()).add("campos", campos)
                .add("estados", transiciones).add("atenciones", atenciones)
                .add("roles", arreglo(d.roles().stream().map(Enum::name).toList())).build();
    }

    static JsonObject adjunto(co.gov.cartagena.ruta.adjuntos.Adjunto a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", a.getId()).add("nombre", a.getNombre())
                .add("tipo", a.getTipo()).add("tamano", a.getTamano()).add("sha256", a.getSha256())
                .add("creadoPor", a.getCreadoPor()).add("creadoEn", a.getCreadoEn().toString())
                .add("descarga", "api/v1/adjuntos/" + a.getId());
        opcional(b, "descripcion", a.getDescripcion());
        return b.build();
    }

    private static JsonArrayBuilder arreglo(List<String> valores) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        valores.forEach(a::add);
        return a;
    }

    private static void opcional(JsonObjectBuilder b, String campo, Object valor) {
        if (valor != null) {
            b.add(campo, valor.toString());
        }
    }

    /** Un número JSON sin ceros de relleno ni notación científica, o null. */
    static void numero(JsonObjectBuilder o, String campo, java.math.BigDecimal valor) {
        if (valor == null) {
            o.addNull(campo);
        } else {
            o.add(campo, limpio(valor));
        }
    }

    /** Sin ceros de relleno ni notación científica: 50.0000 → 50, 35.1000 → 35.1. */
    static java.math.BigDecimal limpio(java.math.BigDecimal valor) {
        java.math.BigDecimal sinCeros = valor.stripTrailingZeros();
        return sinCeros.scale() < 0 ? sinCeros.setScale(0) : sinCeros;
    }
}
