package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.actividades.RepositorioActividades;
import co.gov.cartagena.ruta.actividades.ServicioActividades;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.personas.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Las transacciones de un lote de actividades, cada una nueva: escribir un tramo de filas y anular por tramos lo que
 * escribió. Cada fila pasa por {@link ServicioActividades} (las reglas, la auditoría y el almacén de indicadores de
 * siempre: {@code CambioEnActividad} lo da la actividad al guardarse) y su persona por {@link EscrituraDePersonas}.
 * La actividad de una clave se registra con una clave de envío derivada del lote y del grupo, y la siguiente fila del
 * grupo la encuentra por el registro de la anterior: repetir un tramo no duplica nada.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EscrituraDeActividades {

    @Inject
    RepositorioImportaciones importaciones;

    @Inject
    RepositorioActividades actividades;

    @Inject
    ServicioActividades servicioActividades;

    @Inject
    EscrituraDePersonas escrituraDePersonas;

    @Inject
    RevisorDeActividades revisor;

    /** Escribe las filas en una sola transacción; la primera que falle la revierte entera. */
    List<EscrituraDeLotes.Escrita> escribir(Long loteId, List<FilaDeActividad> filas) {
        LoteImportacion lote = importaciones.lote(loteId)
                .orElseThrow(() -> new NoEncontrado(Texto.de("importacion.que.lote", loteId)));
        List<EscrituraDeLotes.Escrita> escritas = new ArrayList<>();
        for (FilaDeActividad f : filas) {
            Persona p = null;
            boolean nueva = false;
            if (f.persona() != null) {
                EscrituraDePersonas.Escrita e = escrituraDePersonas.escribir(f.persona(), f.aGuardar(),
                        f.personaElegida(), claveEnvio("persona", lote, f.clave()));
                p = e.persona();
                nueva = e.nueva();
            }
            Actividad a = revisor.importada(f.grupo());
            boolean creada = a == null;
            if (creada) {
                a = servicioActividades.registrar(f.actividad(), claveEnvio("actividad", lote, f.grupo()));
            }
            if (p != null) {
                servicioActividades.agregarPersonas(a.getId(), List.of(p.getId()));
            }
            importaciones.guardar(RegistroImportado.deActividad(lote, f.fila(), f.clave(), f.grupo(), a.getId(),
                    creada, p == null ? null : p.getId(), nueva));
            importaciones.sincronizar();
            escritas.add(new EscrituraDeLotes.Escrita(f.fila(), nueva));
        }
        return escritas;
    }

    /**
     * Deshace lo que escribieron estos registros: anula las actividades que crearon y quita de la asistencia a las
     * personas que sumaron a actividades de otros lotes (las del mismo lote se van con su actividad). Devuelve
     * cuántas actividades anuló y cuántas asistencias quitó.
     */
    int[] anular(Long loteId, List<RegistroImportado> registros, String motivo) {
        int[] cifras = new int[2];
        for (RegistroImportado r : registros) {
            Actividad a = r.getActividadId() == null ? null : actividades.porId(r.getActividadId()).orElse(null);
            if (a == null || a.isAnulada()) {
                continue;
            }
            if (r.isActividadNueva()) {
                servicioActividades.anular(a.getId(), null, "Anulación del lote de importación " + loteId + ": "
                        + motivo);
                cifras[0]++;
            } else if (r.getPersonaId() != null
                    && a.getPersonas().stream().anyMatch(p -> p.getId().equals(r.getPersonaId()))) {
                servicioActividades.quitarPersona(a.getId(), r.getPersonaId());
                cifras[1]++;
            }
        }
        return cifras;
    }

    private static String claveEnvio(String que, LoteImportacion lote, String clave) {
        return InterpreteDeFila.huella((que + ":" + lote.getId() + ":" + clave).getBytes(StandardCharsets.UTF_8));
    }
}
