package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.actividades.RepositorioActividades;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Importación de actividades colectivas desde hojas de cálculo: la plantilla, la revisión sin escribir y la
 * importación como un lote, con el mismo acceso (la coordinación de la sede, {@link ServicioImportacion}), la misma
 * auditoría, los mismos tramos y reintentos y las mismas decisiones sobre personas parecidas que un lote de una ruta.
 * El historial, las filas con error y la anulación son los de {@link ServicioImportacion} (un lote de actividades es
 * un lote sin ruta).
 */
@ApplicationScoped
public class ServicioImportacionActividades {

    @Inject
    ServicioImportacion importacion;

    @Inject
    RevisorDeActividades revisor;

    @Inject
    EscrituraDeActividades escritura;

    @Inject
    EscrituraDeLotes lotes;

    @Inject
    RepositorioActividades actividades;

    @Inject
    Auditor auditor;

    /** La plantilla Excel de actividades colectivas. */
    @Transactional
    public byte[] plantillaExcel() {
        List<Columna> columnas = columnasParaDescargar("xlsx");
        return Plantilla.excel(Plantilla.instrucciones("Plantilla de importación: actividades colectivas",
                "1. Escriba una fila por persona que asistió en la hoja «" + Plantilla.HOJA_REGISTROS + "», desde la"
                        + " fila 2 (la fila 2 es un ejemplo: reemplácela o bórrela). Las filas con la misma «Clave de"
                        + " la actividad» son una sola actividad y repiten sus datos; una actividad sin asistentes"
                        + " con nombre va en una fila sin persona.", columnas), columnas);
    }

    /** La plantilla CSV de actividades colectivas. */
    @Transactional
    public byte[] plantillaCsv() {
        return Plantilla.csv(columnasParaDescargar("csv"));
    }

    /** Revisa el archivo sin escribir nada (solo la auditoría de la revisión). */
    @Transactional
    public Revision revisar(String sede, String archivo, byte[] contenido) {
        Usuario u = importacion.coordinadorDeSede(sede);
        Revision r = revisor.revisar(u, sede, ServicioImportacion.nombre(archivo), contenido).revision();
        auditor.registrar(Accion.VER, "importacion", null, "revisión de " + r.archivo() + " ("
                + RevisorDeActividades.ACTIVIDADES + ", " + sede + "): " + r.resumen());
        return r;
    }

    /**
     * Importa las filas válidas como un lote de actividades. {@code decisiones}: como en
     * {@link ServicioImportacion#importar}, para cada fila cuyo asistente se parece a otra persona registrada.
     */
    /** Revisa, sin escribir nada, el archivo de actividades que subió quien pide ({@link ServicioImportacion#subir}). */
    @Transactional
    public Revision revisarSubido(Long archivo, String sede) {
        importacion.coordinadorDeSede(sede);
        ArchivoSubido a = importacion.subido(archivo);
        return revisar(sede, a.getNombre(), a.contenido());
    }

    /** Importa el archivo de actividades que subió quien pide, como {@link #importar}, y después lo borra del servidor. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ResultadoImportacion importarSubido(Long archivo, String sede, Map<Integer, Long> decisiones) {
        importacion.coordinadorDeSede(sede);
        ArchivoSubido a = importacion.subido(archivo);
        ResultadoImportacion r = importar(sede, a.getNombre(), a.contenido(), decisiones);
        importacion.descartarImportado(archivo, r);
        return r;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ResultadoImportacion importar(String sede, String archivo, byte[] contenido,
            Map<Integer, Long> decisiones) {
        Usuario u = importacion.coordinadorDeSede(sede);
        RevisorDeActividades.Revisado revisado = revisor.revisar(u, sede, ServicioImportacion.nombre(archivo),
                contenido);
        Revision r = revisado.revision();
        List<ErrorDeFila> errores = new ArrayList<>(r.errores());
        Map<FilaLeida, List<String>> fallidas = new LinkedHashMap<>();
        Map<Integer, FilaLeida> leidas = new LinkedHashMap<>();
        List<FilaDeActividad> aEscribir = new ArrayList<>();
        for (RevisionDeFila f : r.filas()) {
            leidas.put(f.fila(), f.leida());
            FilaDeActividad p = revisado.preparadas().get(f.fila());
            if (f.estado() == EstadoFila.CON_ERRORES) {
                fallidas.put(f.leida(), f.errores().stream()
                        .map(e -> (e.columna().isEmpty() ? "" : e.columna() + ": ") + e.mensaje()).toList());
            } else if (f.estado() == EstadoFila.VALIDA) {
                aEscribir.add(p);
            } else if (f.estado() == EstadoFila.POR_DECIDIR) {
                Long decision = decisiones == null ? null : decisiones.get(f.fila());
                if (decision != null && (decision == ServicioImportacion.PERSONA_NUEVA
                        || f.candidatos().stream().anyMatch(c -> c.id().equals(decision)))) {
                    aEscribir.add(p.conPersonaElegida(decision == ServicioImportacion.PERSONA_NUEVA ? null : decision));
                } else {
                    Texto m = Texto.de("importacion.sinDecision");
                    errores.add(new ErrorDeFila(f.fila(), "", m));
                    fallidas.put(f.leida(), List.of(m.enEspanol()));
                }
            }
        }
        int yaImportadas = (int) r.yaImportadas();
        errores.sort(Comparator.comparingInt(ErrorDeFila::fila));
        if (aEscribir.isEmpty()) {
            auditor.registrar(Accion.VER, "importacion", null, "importación de " + r.archivo() + " sin nada que"
                    + " escribir: " + yaImportadas + " filas ya importadas, " + fallidas.size() + " con errores");
            return new ResultadoImportacion(null, 0, yaImportadas, 0, errores);
        }
        Long lote = lotes.abrirLote(r);
        int creadas = 0;
        int personasNuevas = 0;
        for (int i = 0; i < aEscribir.size(); i += ServicioImportacion.TRAMO) {
            List<FilaDeActividad> tramo = aEscribir.subList(i, Math.min(aEscribir.size(), i + ServicioImportacion.TRAMO));
            List<EscrituraDeLotes.Escrita> escritas;
            try {
                escritas = escritura.escribir(lote, tramo);
            } catch (RuntimeException falloDelTramo) {
                escritas = new ArrayList<>();
                for (FilaDeActividad f : tramo) {
                    try {
                        escritas.addAll(escritura.escribir(lote, List.of(f)));
                    } catch (RuntimeException e) {
                        Texto m = ServicioImportacion.motivo(e);
                        errores.add(new ErrorDeFila(f.fila(), "", m));
                        fallidas.put(leidas.get(f.fila()), List.of(m.enEspanol()));
                    }
                }
            }
            creadas += escritas.size();
            personasNuevas += (int) escritas.stream().filter(EscrituraDeLotes.Escrita::personaNueva).count();
        }
        if (!fallidas.isEmpty()) {
            lotes.guardarFallidas(lote, fallidas);
        }
        lotes.terminar(lote, creadas, yaImportadas, fallidas.size(), personasNuevas);
        errores.sort(Comparator.comparingInt(ErrorDeFila::fila));
        return new ResultadoImportacion(lote, creadas, yaImportadas, personasNuevas, errores);
    }

    private List<Columna> columnasParaDescargar(String formato) {
        Usuario u = importacion.coordinador();
        auditor.registrar(Accion.DESCARGAR, "plantilla-importacion", RevisorDeActividades.ACTIVIDADES, formato);
        return ColumnasDeActividad.de(actividades.tipos(true), ServicioImportacion.codigos(u));
    }
}
