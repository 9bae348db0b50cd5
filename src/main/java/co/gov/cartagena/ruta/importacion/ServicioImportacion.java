package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.actividades.RepositorioActividades;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ErrorDelDominio;
import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Importación de registros desde hojas de cálculo: plantillas, revisión sin escribir, importación por lotes y
 * anulación de un lote. Solo la coordinación de la sede importa para ella (la misma regla que abre, asigna y anula
 * casos: {@link co.gov.cartagena.ruta.casos.PoliticaAcceso}); cada carga, revisión, importación y anulación queda en
 * la auditoría.
 *
 * <p>La importación no es una sola transacción: el lote se escribe por tramos de {@value #TRAMO} filas, cada tramo
 * en la suya ({@link EscrituraDeLotes}). Si un tramo falla por una fila, sus filas se escriben una por una y la que
 * falla queda con su motivo. Un lote interrumpido se retoma importando el mismo archivo: lo ya escrito no se repite.
 */
@ApplicationScoped
public class ServicioImportacion {

    private static final Logger LOG = Logger.getLogger(ServicioImportacion.class.getName());

    /** Los registros del plan empiezan el 1 de enero de 2024 (inicio del cuatrienio). */
    public static final LocalDate INICIO_DEL_PLAN = LocalDate.of(2024, 1, 1);

    static final int TRAMO = 100;

    /** Decisión para una persona parecida: «es una nueva». Cualquier otro valor es el id de la persona elegida. */
    public static final long PERSONA_NUEVA = 0L;

    @Inject
    Revisor revisor;

    @Inject
    EscrituraDeLotes escritura;

    @Inject
    EscrituraDeActividades escrituraDeActividades;

    @Inject
    RepositorioImportaciones importaciones;

    @Inject
    RepositorioActividades actividades;

    @Inject
    RepositorioSedes sedes;

    @Inject
    ArchivosSubidos archivos;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    /** Las sedes para las que el usuario importa (las que coordina). */
    @Transactional
    public List<Sede> sedesParaImportar() {
        Usuario u = usuarioActual.requerido();
        return u.tiene(Rol.COORDINADOR) ? sedes.porCodigos(u.getSedes()) : List.of();
    }

    /** La plantilla Excel de la ruta. */
    @Transactional
    public byte[] plantillaExcel(Ruta ruta) {
        exigirRuta(ruta);
        Usuario u = coordinador();
        auditor.registrar(Accion.DESCARGAR, "plantilla-importacion", ruta.name(), "xlsx");
        return Plantilla.excel(ruta, ColumnasDeRuta.de(ruta, codigos(u)));
    }

    /** La plantilla CSV de la ruta. */
    @Transactional
    public byte[] plantillaCsv(Ruta ruta) {
        exigirRuta(ruta);
        Usuario u = coordinador();
        auditor.registrar(Accion.DESCARGAR, "plantilla-importacion", ruta.name(), "csv");
        return Plantilla.csv(ColumnasDeRuta.de(ruta, codigos(u)));
    }

    /** Revisa el archivo sin escribir nada (solo la auditoría de la revisión). */
    @Transactional
    public Revision revisar(Ruta ruta, String sede, String archivo, byte[] contenido) {
        Usuario u = coordinadorDe(sede, ruta);
        Revision r = revisor.revisar(u, ruta, sede, nombre(archivo), contenido).revision();
        auditor.registrar(Accion.VER, "importacion", null, "revisión de " + nombre(archivo) + " (" + ruta + ", "
                + sede + "): " + r.resumen());
        return r;
    }

    /**
     * Guarda en el servidor el archivo que sube la coordinación (la página guarda solo el id que devuelve) y descarta
     * el que reemplaza ({@code anterior}, o {@code null}). {@code ruta} es {@code null} para un archivo de actividades
     * colectivas. Ver {@link ArchivosSubidos}.
     */
    @Transactional
    public Long subir(Ruta ruta, String sede, String archivo, byte[] contenido, Long anterior) {
        if (ruta == null) {
            coordinadorDeSede(sede);
        } else {
            coordinadorDe(sede, ruta);
        }
        return archivos.guardar(nombre(archivo), contenido, anterior);
    }

    /** El archivo que subió quien pide (nadie más lo lee), para revisarlo o importarlo. */
    ArchivoSubido subido(Long archivo) {
        return archivos.deQuienPide(archivo);
    }

    /** Borra del servidor el archivo ya importado. */
    void descartarImportado(Long archivo, ResultadoImportacion r) {
        archivos.descartar(archivo, r.lote() == null ? "importado sin nada nuevo" : "importado en el lote " + r.lote());
    }

    /** Revisa, sin escribir nada, el archivo que subió quien pide (nadie más lo lee). */
    @Transactional
    public Revision revisarSubido(Long archivo, Ruta ruta, String sede) {
        coordinadorDe(sede, ruta);
        ArchivoSubido a = archivos.deQuienPide(archivo);
        return revisar(ruta, sede, a.getNombre(), a.contenido());
    }

    /** Importa el archivo que subió quien pide, como {@link #importar}, y después lo borra del servidor. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ResultadoImportacion importarSubido(Long archivo, Ruta ruta, String sede, Map<Integer, Long> decisiones) {
        coordinadorDe(sede, ruta);
        ArchivoSubido a = archivos.deQuienPide(archivo);
        ResultadoImportacion r = importar(ruta, sede, a.getNombre(), a.contenido(), decisiones);
        descartarImportado(archivo, r);
        return r;
    }

    /** Borra del servidor el archivo subido que quien pide abandonó (empezar de nuevo). */
    @Transactional
    public void abandonar(Long archivo) {
        coordinador();
        archivos.descartar(archivo, "abandonado");
    }

    /**
     * Importa las filas válidas del archivo como un lote. {@code decisiones}: para cada fila cuya persona se parece
     * a otra registrada, el id de la persona elegida o {@link #PERSONA_NUEVA}; una fila por decidir sin decisión no se
     * importa (queda entre las que fallaron). Volver a importar las mismas filas no crea nada.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ResultadoImportacion importar(Ruta ruta, String sede, String archivo, byte[] contenido,
            Map<Integer, Long> decisiones) {
        Usuario u = coordinadorDe(sede, ruta);
        Revisor.Revisado revisado = revisor.revisar(u, ruta, sede, nombre(archivo), contenido);
        Revision r = revisado.revision();
        List<ErrorDeFila> errores = new ArrayList<>(r.errores());
        Map<FilaLeida, List<String>> fallidas = new LinkedHashMap<>();
        r.filas().stream().filter(f -> f.estado() == EstadoFila.CON_ERRORES).forEach(f -> fallidas.put(f.leida(),
                f.errores().stream().map(e -> (e.columna().isEmpty() ? "" : e.columna() + ": ") + e.mensaje())
                        .toList()));
        List<FilaPreparada> aEscribir = new ArrayList<>();
        for (RevisionDeFila f : r.filas()) {
            FilaPreparada p = revisado.preparadas().get(f.fila());
            if (f.estado() == EstadoFila.VALIDA) {
                aEscribir.add(p);
            } else if (f.estado() == EstadoFila.POR_DECIDIR) {
                Long decision = decisiones == null ? null : decisiones.get(f.fila());
                boolean valida = decision != null && (decision == PERSONA_NUEVA
                        || f.candidatos().stream().anyMatch(c -> c.id().equals(decision)));
                if (valida) {
                    aEscribir.add(p.conPersonaElegida(decision == PERSONA_NUEVA ? null : decision));
                } else {
                    Texto m = Texto.de("importacion.sinDecision");
                    errores.add(new ErrorDeFila(f.fila(), "", m));
                    fallidas.put(f.leida(), List.of(m.enEspanol()));
                }
            }
        }
        int yaImportadas = (int) r.yaImportadas();
        if (aEscribir.isEmpty()) {
            auditor.registrar(Accion.VER, "importacion", null, "importación de " + r.archivo() + " sin nada que"
                    + " escribir: " + yaImportadas + " filas ya importadas, " + fallidas.size() + " con errores");
            errores.sort(java.util.Comparator.comparingInt(ErrorDeFila::fila));
            return new ResultadoImportacion(null, 0, yaImportadas, 0, errores);
        }
        Long lote = escritura.abrirLote(r);
        int creadas = 0;
        int personasNuevas = 0;
        Map<Integer, FilaLeida> leidas = new LinkedHashMap<>();
        r.filas().forEach(f -> leidas.put(f.fila(), f.leida()));
        for (int i = 0; i < aEscribir.size(); i += TRAMO) {
            List<FilaPreparada> tramo = aEscribir.subList(i, Math.min(aEscribir.size(), i + TRAMO));
            List<EscrituraDeLotes.Escrita> escritas;
            try {
                escritas = escritura.escribir(lote, tramo);
            } catch (RuntimeException falloDelTramo) {
                escritas = new ArrayList<>();
                for (FilaPreparada f : tramo) {
                    try {
                        escritas.addAll(escritura.escribir(lote, List.of(f)));
                    } catch (RuntimeException e) {
                        Texto m = motivo(e);
                        errores.add(new ErrorDeFila(f.fila(), "", m));
                        fallidas.put(leidas.get(f.fila()), List.of(m.enEspanol()));
                    }
                }
            }
            creadas += escritas.size();
            personasNuevas += (int) escritas.stream().filter(EscrituraDeLotes.Escrita::personaNueva).count();
        }
        if (!fallidas.isEmpty()) {
            escritura.guardarFallidas(lote, fallidas);
        }
        escritura.terminar(lote, creadas, yaImportadas, fallidas.size(), personasNuevas);
        errores.sort(java.util.Comparator.comparingInt(ErrorDeFila::fila));
        return new ResultadoImportacion(lote, creadas, yaImportadas, personasNuevas, errores);
    }

    /** Anula el lote: sus casos se anulan por el camino de siempre (los indicadores vuelven); nada más cambia. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LoteImportacion anular(Long loteId, String motivo) {
        LoteImportacion lote = loteVisible(loteId);
        coordinadorDeSede(lote.getSedeCodigo());
        ReglaIncumplida.exigir(lote.getEstado() != EstadoLote.ANULADO, "lote",
                Texto.de("importacion.loteYaAnulado", loteId));
        ReglaIncumplida.exigir(motivo != null && !motivo.isBlank(), "motivo", Texto.de("importacion.motivoAnulacion"));
        ReglaIncumplida.exigir(motivo.trim().length() <= 500, "motivo", Texto.de("importacion.motivoLargo"));
        List<RegistroImportado> registros = importaciones.registros(loteId);
        String anulado;
        if (lote.isDeActividades()) {
            int[] cifras = new int[2];
            for (int i = 0; i < registros.size(); i += TRAMO) {
                int[] tramo = escrituraDeActividades.anular(loteId,
                        registros.subList(i, Math.min(registros.size(), i + TRAMO)), motivo.trim());
                cifras[0] += tramo[0];
                cifras[1] += tramo[1];
            }
            anulado = cifras[0] + " actividades anuladas y " + cifras[1] + " asistencias quitadas";
        } else {
            List<Long> casos = registros.stream().map(RegistroImportado::getCasoId).toList();
            int anulados = 0;
            for (int i = 0; i < casos.size(); i += TRAMO) {
                anulados += escritura.anularCasos(loteId, casos.subList(i, Math.min(casos.size(), i + TRAMO)),
                        motivo.trim());
            }
            anulado = anulados + " casos anulados";
        }
        escritura.cerrarAnulacion(loteId, motivo, anulado);
        return importaciones.lote(loteId).orElseThrow();
    }

    /** Los lotes de las sedes que coordina el usuario, los últimos primero. */
    @Transactional
    public List<LoteImportacion> lotes(int cuantos) {
        Usuario u = coordinador();
        auditor.registrar(Accion.VER, "importacion", null, "historial de lotes");
        return importaciones.deSedes(u.getSedes(), cuantos);
    }

    @Transactional
    public LoteImportacion lote(Long id) {
        LoteImportacion l = loteVisible(id);
        auditor.registrar(Accion.VER, "importacion", l.getId(), null);
        return l;
    }

    @Transactional
    public List<RegistroImportado> registros(Long loteId) {
        LoteImportacion l = loteVisible(loteId);
        return importaciones.registros(l.getId());
    }

    /** Las filas que fallaron en el lote, en CSV con la columna «Motivos», para corregirlas e importarlas otra vez. */
    @Transactional
    public byte[] filasConError(Long loteId) {
        LoteImportacion l = loteVisible(loteId);
        List<Columna> columnas = l.isDeActividades()
                ? ColumnasDeActividad.de(actividades.tipos(true), List.of(l.getSedeCodigo()))
                : ColumnasDeRuta.de(l.getRuta(), List.of(l.getSedeCodigo()));
        List<List<String>> filas = new ArrayList<>();
        for (FilaConError f : importaciones.filasConError(loteId)) {
            JsonObject valores;
            try (var lector = Json.createReader(new StringReader(f.getValores()))) {
                valores = lector.readObject();
            }
            List<String> celdas = new ArrayList<>();
            columnas.forEach(c -> celdas.add(valores.containsKey(c.clave()) ? valores.getString(c.clave()) : ""));
            celdas.add(f.getMotivos());
            filas.add(celdas);
        }
        auditor.registrar(Accion.DESCARGAR, "importacion", l.getId(), "filas con error: " + filas.size());
        return csvConMotivos(columnas, filas);
    }

    /** Las filas con errores de una revisión, en CSV con la columna «Motivos». */
    public static byte[] filasConError(Revision r) {
        List<List<String>> filas = new ArrayList<>();
        for (RevisionDeFila f : r.filas()) {
            if (f.estado() != EstadoFila.CON_ERRORES) {
                continue;
            }
            List<String> celdas = new ArrayList<>();
            r.columnas().forEach(c -> celdas.add(f.leida().valor(c.clave())));
            celdas.add(String.join(" | ", f.errores().stream()
                    .map(e -> (e.columna().isEmpty() ? "" : e.columna() + ": ") + e.mensaje()).toList()));
            filas.add(celdas);
        }
        return csvConMotivos(r.columnas(), filas);
    }

    static byte[] csvConMotivos(List<Columna> columnas, List<List<String>> filas) {
        StringBuilder s = new StringBuilder("\uFEFF");
        List<String> encabezados = new ArrayList<>(columnas.stream().map(Columna::encabezado).toList());
        encabezados.add("Motivos");
        s.append(String.join(";", encabezados.stream().map(ArchivoCsv::celda).toList())).append("\r\n");
        for (List<String> f : filas) {
            s.append(String.join(";", f.stream().map(ArchivoCsv::celda).toList())).append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private LoteImportacion loteVisible(Long id) {
        Usuario u = coordinador();
        LoteImportacion l = importaciones.lote(id)
                .orElseThrow(() -> new NoEncontrado(Texto.de("importacion.que.lote", id)));
        acceso.exigir(u.getSedes().contains(l.getSedeCodigo()), Denegacion.comoSiNoExistiera("importacion", id,
                "lote de otra sede", Texto.de("importacion.que.lote", id)));
        return l;
    }

    /** Quien importa: la coordinación (si no, acceso denegado en el rastro). */
    public Usuario coordinador() {
        return acceso.exigir(u -> u.tiene(Rol.COORDINADOR), Denegacion.operacion("importacion", null,
                "su rol no importa registros", Texto.de("importacion.soloCoordinacion")));
    }

    private Usuario coordinadorDe(String sede, Ruta ruta) {
        coordinador();
        exigirRuta(ruta);
        return coordinadorDeSede(sede);
    }

    /** Quien importa para {@code sede}: su coordinación (si no, acceso denegado en el rastro). */
    public Usuario coordinadorDeSede(String sede) {
        Usuario u = coordinador();
        ReglaIncumplida.exigir(sede != null && !sede.isBlank(), "sede", Texto.de("importacion.elijaSede"));
        acceso.exigir(u.getSedes().contains(sede), Denegacion.operacion("importacion", null,
                "importar para la sede " + sede, Texto.de("importacion.noCoordinaSede", sede)));
        return u;
    }

    private static void exigirRuta(Ruta ruta) {
        ReglaIncumplida.exigir(ruta != null, "ruta", Texto.de("importacion.elijaRuta"));
    }

    static List<String> codigos(Usuario u) {
        return u.getSedes().stream().sorted().toList();
    }

    static String nombre(String archivo) {
        return archivo == null || archivo.isBlank() ? "archivo" : archivo.strip();
    }

    static Texto motivo(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorDelDominio d) {
                return d.texto();
            }
        }
        LOG.log(Level.WARNING, "Una fila de la importación no se pudo escribir", e);
        return Texto.de("importacion.noSeEscribio");
    }
}
