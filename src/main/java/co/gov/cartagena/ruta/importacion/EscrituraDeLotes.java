package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.RepositorioCasos;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.SolicitudApertura;
import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Las transacciones de un lote, cada una nueva: abrirlo, escribir un tramo de filas, guardar las que fallaron,
 * terminarlo y anular sus casos por tramos. Cada fila pasa por {@link EscrituraDePersonas} y {@link ServicioCasos}
 * (las reglas, la auditoría y el almacén de indicadores de siempre, en la misma transacción del tramo); las claves de
 * envío derivadas del lote y de la fila hacen que repetir un tramo no duplique nada.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EscrituraDeLotes {

    @Inject
    RepositorioImportaciones importaciones;

    @Inject
    RepositorioCasos casos;

    @Inject
    EscrituraDePersonas escrituraDePersonas;

    @Inject
    CasosAgrupados casosAgrupados;

    @Inject
    ServicioCasos servicioCasos;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    /** Lo que escribió una fila. */
    record Escrita(int fila, boolean personaNueva) {
    }

    /** El lote a medias del mismo archivo, ruta y sede, o uno nuevo. */
    Long abrirLote(Revision r) {
        var previo = importaciones.enCurso(r.huella(), r.ruta(), r.sede());
        if (previo.isPresent()) {
            auditor.registrar(Accion.CAMBIAR, "importacion", previo.get().getId(), "se retoma el lote " + r.archivo());
            return previo.get().getId();
        }
        LoteImportacion lote = new LoteImportacion(r.ruta(), r.sede(), r.archivo(), r.huella(), r.filas().size(),
                usuarioActual.requerido().getUsuario());
        importaciones.guardar(lote);
        importaciones.sincronizar();
        auditor.registrar(Accion.CREAR, "importacion", lote.getId(),
                (r.ruta() == null ? RevisorDeActividades.ACTIVIDADES : r.ruta()) + " " + r.sede() + " " + r.archivo()
                        + ": " + r.filas().size() + " filas");
        return lote.getId();
    }

    /**
     * Escribe las filas en una sola transacción; la primera que falle la revierte entera. Cada fila pasa por los
     * servicios de siempre; sus avisos se juntan y el almacén de indicadores se actualiza una vez, con todos los casos
     * del tramo, al terminar ({@link co.gov.cartagena.ruta.persistencia.EntregaDeAvisos}). Tras cada fila se vuelca y
     * se suelta lo cargado, para que el volcado de la fila siguiente no recorra las anteriores.
     */
    List<Escrita> escribir(Long loteId, List<FilaPreparada> filas) {
        List<Escrita> escritas = new ArrayList<>();
        for (FilaPreparada f : filas) {
            escritas.add(escribir(lote(loteId), f));
            importaciones.volcarYSoltar();
        }
        return escritas;
    }

    private Escrita escribir(LoteImportacion lote, FilaPreparada f) {
        if (f.continuaLaFila() != null) {
            return casosAgrupados.continuar(lote, f, claveEnvio("atencion", lote, f));
        }
        FilaInterpretada d = f.datos();
        DatosPersona a = f.aGuardar();
        EscrituraDePersonas.Escrita persona = escrituraDePersonas.escribir(d.persona(), a, f.personaElegida(),
                claveEnvio("persona", lote, f));
        Persona p = persona.persona();
        boolean nueva = persona.nueva();
        Caso c = servicioCasos.abrir(new SolicitudApertura(lote.getRuta(), lote.getSedeCodigo(), p.getId(), null,
                d.apertura(), d.narrativa(), d.datos(), claveEnvio("caso", lote, f)));
        String motivo = "Importado del lote " + lote.getId() + ", fila " + f.fila();
        for (String estado : d.camino()) {
            c = servicioCasos.cambiarEstado(c.getId(), c.getVersion(), estado, null, motivo);
        }
        if (d.tipoAtencion() != null) {
            servicioCasos.registrarAtencion(c.getId(), d.tipoAtencion(), d.fechaAtencion(), p.getId(), null,
                    claveEnvio("atencion", lote, f));
        }
        casosAgrupados.cerrar(c, d);
        importaciones.guardar(RegistroImportado.deCaso(lote, f.fila(), f.clave(), p.getId(), nueva, c.getId(),
                f.grupo()));
        return new Escrita(f.fila(), nueva);
    }

    /** Guarda las filas que no se importaron, con sus valores y motivos, para descargarlas. */
    void guardarFallidas(Long loteId, Map<FilaLeida, List<String>> fallidas) {
        LoteImportacion lote = lote(loteId);
        fallidas.forEach((fila, motivos) -> {
            var valores = Json.createObjectBuilder();
            fila.valores().forEach((k, v) -> {
                if (!k.isEmpty() && v != null) {
                    valores.add(k, v);
                }
            });
            importaciones.guardar(new FilaConError(lote, fila.numero(), valores.build().toString(),
                    String.join(" | ", motivos)));
        });
    }

    void terminar(Long loteId, int creadas, int yaImportadas, int conErrores, int personasNuevas) {
        LoteImportacion lote = lote(loteId);
        lote.terminar(creadas, yaImportadas, conErrores, personasNuevas);
        auditor.registrar(Accion.CREAR, "importacion", lote.getId(), "importado: " + creadas + " filas creadas, "
                + yaImportadas + " ya importadas, " + conErrores + " con errores, " + personasNuevas
                + " personas nuevas");
    }

    /** Anula los casos de estos registros que sigan vigentes (por el camino de siempre: el almacén se ajusta). */
    int anularCasos(Long loteId, List<Long> casosDelLote, String motivo) {
        int anulados = 0;
        for (Long id : casosDelLote) {
            Caso c = casos.porId(id).orElse(null);
            if (c != null && !c.isAnulado()) {
                servicioCasos.anular(c.getId(), c.getVersion(), "Anulación del lote de importación " + loteId
                        + ": " + motivo);
                anulados++;
            }
        }
        return anulados;
    }

    /** Marca el lote anulado; {@code anulado}: lo que se anuló («5 casos anulados»), para el rastro. */
    void cerrarAnulacion(Long loteId, String motivo, String anulado) {
        LoteImportacion lote = lote(loteId);
        lote.anular(motivo, usuarioActual.requerido().getUsuario());
        auditor.registrar(Accion.ANULAR, "importacion", lote.getId(), anulado + ": " + motivo);
    }

    private LoteImportacion lote(Long id) {
        return importaciones.lote(id).orElseThrow(() -> new NoEncontrado(Texto.de("importacion.que.lote", id)));
    }

    private static String claveEnvio(String que, LoteImportacion lote, FilaPreparada f) {
        return InterpreteDeFila.huella((que + ":" + lote.getId() + ":" + f.clave()).getBytes(StandardCharsets.UTF_8));
    }

}
