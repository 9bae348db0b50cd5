package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.Medidor;
import co.gov.cartagena.ruta.indicadores.avance.Programacion;
import co.gov.cartagena.ruta.indicadores.calculo.LecturasDelAlmacen;
import co.gov.cartagena.ruta.indicadores.catalogo.CodigoIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.catalogo.MetaAnual;
import co.gov.cartagena.ruta.indicadores.catalogo.TextosIndicador;
import co.gov.cartagena.ruta.indicadores.reportes.ArchivoExternos;
import co.gov.cartagena.ruta.indicadores.reportes.EstadoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada;
import co.gov.cartagena.ruta.indicadores.reportes.NuevoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import static co.gov.cartagena.ruta.comun.FormatoFecha.FECHA;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Casos de uso de los indicadores y frontera de transacción: consultar el tablero a una fecha de corte, fijar metas
 * anuales y corregir textos (administrador), reportar valores manuales y externos e importarlos de CSV
 * (coordinador), y aprobarlos o rechazarlos (supervisor, nunca el mismo que reportó). Cada cambio queda en el rastro
 * de auditoría en la misma transacción; un acceso denegado, por seguridad/Acceso, en una propia.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioIndicadores {

    /** Quienes ven el tablero de indicadores (y la API que lo da). */
    public static final Set<Rol> VEN_TABLERO = EnumSet.of(Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR);
    /** Quienes reportan valores manuales y externos: el coordinador del equipo responsable. */
    public static final Set<Rol> REPORTAN = EnumSet.of(Rol.COORDINADOR);
    /** Quienes aprueban o rechazan los reportes. */
    public static final Set<Rol> APRUEBAN = EnumSet.of(Rol.SUPERVISOR);
    /** Quienes fijan metas anuales y corrigen textos. */
    public static final Set<Rol> ADMINISTRAN = EnumSet.of(Rol.ADMINISTRADOR);

    static final String ENTIDAD_INDICADOR = "indicador";
    static final String ENTIDAD_META = "meta_anual";
    static final String ENTIDAD_REPORTE = "reporte_indicador";

    @Inject
    RepositorioIndicadores repositorio;

    @Inject
    Clock reloj;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    @Inject
    FuentesDeValores fuentes;

    @Inject
    co.gov.cartagena.ruta.sedes.RepositorioSedes sedes;

    @Inject
    LecturasDelAlmacen lecturas;

    // ---------------------------------------------------------------- consultas

    /** Los 63 indicadores en el orden del plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicador> catalogo() {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verIndicadores"));
        return todos();
    }

    /** Todos los indicadores medidos a la fecha de corte, en el orden del plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeguimientoIndicador> tablero(Integer anio, LocalDate corte) {
        return tablero(anio, corte, null);
    }

    /**
     * Todos los indicadores medidos a la fecha de corte; con {@code sede} (código), solo lo registrado en esa sede
     * (las cifras reportadas y las del registro de sedes no se desagregan por sede y quedan sin valor).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeguimientoIndicador> tablero(Integer anio, LocalDate corte, String sede) {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verIndicadores"));
        LocalDate c = corte(anio, corte, LocalDate.now(reloj));
        Long sedeId = sedeId(sede);
        Map<Long, SortedMap<Integer, BigDecimal>> metas = metasAnuales();
        return todos().stream()
                .map(i -> medir(i, metas.getOrDefault(i.getId(), new TreeMap<>()), anio, c, sedeId)).toList();
    }

    /**
     * Mide una vez los 63 indicadores (cuatrienio y año en curso, toda la ciudad): solo para
     * {@code informes.CalentamientoDeInformes}, al arrancar, sin usuario. Las
     * primeras consultas al almacén y su preparación en EclipseLink y MariaDB dejan de pagarlas el primer tablero y la
     * primera exportación. Lo medido no sale de Ruta ni deja rastro: el calentamiento lo escribe en un informe que
     * descarta. Devuelve las mediciones del cuatrienio.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeguimientoIndicador> medirParaCalentar() {
        Map<Long, SortedMap<Integer, BigDecimal>> metas = metasAnuales();
        List<Indicador> indicadores = todos();
        LocalDate hoy = corte(null, null, LocalDate.now(reloj));
        if (Cuatrienio.contiene(hoy.getYear())) {
            LocalDate c = corte(hoy.getYear(), null, hoy);
            indicadores.forEach(i -> medir(i, metas.getOrDefault(i.getId(), new TreeMap<>()), hoy.getYear(), c, null));
        }
        return indicadores.stream().map(i -> medir(i, metas.getOrDefault(i.getId(), new TreeMap<>()), null, hoy, null))
                .toList();
    }

    /** Un indicador medido a la fecha de corte. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeguimientoIndicador seguimiento(String codigo, Integer anio, LocalDate corte) {
        return seguimiento(codigo, anio, corte, null);
    }

    /** Un indicador medido a la fecha de corte, para toda la ciudad o para una sede (código). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeguimientoIndicador seguimiento(String codigo, Integer anio, LocalDate corte, String sede) {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verIndicadores"));
        LocalDate c = corte(anio, corte, LocalDate.now(reloj));
        Indicador indicador = buscar(codigo);
        return medir(indicador, metasAnualesDe(indicador), anio, c, sedeId(sede));
    }

    private Long sedeId(String sede) {
        if (sede == null || sede.isBlank()) {
            return null;
        }
        return sedes.porCodigo(sede.trim()).map(s -> s.getId())
                .orElseThrow(() -> new ReglaIncumplida("sede",
                        Texto.de("indicadores.noHaySedeConCodigo", sede.trim())));
    }

    /** Los reportes pendientes de aprobación, del más viejo al más nuevo. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReporteIndicador> pendientes() {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verReportes"));
        return repositorio.reportes(EstadoReporte.PENDIENTE);
    }

    /** Los reportes más recientes, en cualquier estado. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReporteIndicador> recientes(int cuantos) {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verReportes"));
        return repositorio.recientes(Math.min(Math.max(cuantos, 1), 200));
    }

    /** Los reportes de un indicador, del corte más nuevo al más viejo. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReporteIndicador> reportesDe(String codigo) {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verReportes"));
        return repositorio.reportesDe(buscar(codigo));
    }

    /**
     * La fecha de corte efectiva. Sin corte, hoy (o, para un año ya cerrado, su 31/12; para uno que no ha empezado,
     * su 1/1). Un corte antes del cuatrienio o del año pedido no tiene sentido y se rechaza.
     */
    public static LocalDate corte(Integer anio, LocalDate corte, LocalDate hoy) {
        if (anio != null && !Cuatrienio.contiene(anio)) {
            throw new ReglaIncumplida("anio",
                    Texto.de("indicadores.anioDelPlanSinPunto", Cuatrienio.PRIMER_ANIO, Cuatrienio.ULTIMO_ANIO));
        }
        LocalDate inicio = anio == null ? Cuatrienio.INICIO : Cuatrienio.inicioDe(anio);
        if (corte == null) {
            LocalDate fin = anio == null ? Cuatrienio.FIN : Cuatrienio.finDe(anio);
            return hoy.isBefore(inicio) ? inicio : hoy.isAfter(fin) ? fin : hoy;
        }
        if (corte.isBefore(inicio)) {
            throw new ReglaIncumplida("corte", anio == null
                    ? Texto.de("indicadores.corteAntesDelCuatrienio", FECHA.format(corte), FECHA.format(inicio))
                    : Texto.de("indicadores.corteAntesDelAnio", FECHA.format(corte), FECHA.format(inicio)));
        }
        return corte;
    }

    // ---------------------------------------------------------------- metas y textos (administrador)

    /** Fija (o cambia) la meta de un año del plan indicativo. */
    public MetaAnual fijarMetaAnual(String codigo, int anio, BigDecimal valor) {
        Usuario quien = exigir(ADMINISTRAN, Texto.de("indicadores.permiso.fijarMetas"));
        Indicador indicador = buscar(codigo);
        MetaAnual.validarAnio(anio);
        Optional<MetaAnual> actual = metasDe(indicador).stream().filter(m -> m.getAnio() == anio).findFirst();
        String id = indicador + "/" + anio;
        if (actual.isPresent()) {
            MetaAnual meta = actual.get();
            if (valor != null && meta.getValor().compareTo(valor) == 0) {
                return meta;
            }
            BigDecimal anterior = meta.cambiarValor(valor, quien.getUsuario());
            auditor.registrar(Accion.CAMBIAR, ENTIDAD_META, id, "Meta " + anio + " de " + indicador + ": "
                    + texto(anterior) + " → " + texto(valor));
            return meta;
        }
        MetaAnual meta = new MetaAnual(indicador, anio, valor, quien.getUsuario());
        repositorio.guardar(meta);
        auditor.registrar(Accion.CREAR, ENTIDAD_META, id, "Meta " + anio + " de " + indicador + ": " + texto(valor));
        return meta;
    }

    /** Fija varias metas anuales de un indicador a la vez (las que vienen; las demás no cambian). */
    public List<MetaAnual> fijarMetasAnuales(String codigo, Map<Integer, BigDecimal> metas) {
        exigir(ADMINISTRAN, Texto.de("indicadores.permiso.fijarMetas"));
        return new TreeMap<>(metas).entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> fijarMetaAnual(codigo, e.getKey(), e.getValue())).toList();
    }

    /**
     * Lo que el administrador edita de un indicador en una sola transacción: sus metas anuales (las que vienen no
     * nulas; las demás no cambian) y sus textos (los no nulos).
     */
    public Indicador actualizarPlan(String codigo, Map<Integer, BigDecimal> metas, TextosIndicador textos) {
        exigir(ADMINISTRAN, Texto.de("indicadores.permiso.fijarMetasYTextos"));
        fijarMetasAnuales(codigo, metas);
        return corregirTextos(codigo, textos);
    }

    /** Las metas anuales de un indicador por año. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SortedMap<Integer, BigDecimal> metasAnualesDe(String codigo) {
        exigir(VEN_TABLERO, Texto.de("indicadores.permiso.verIndicadores"));
        return metasAnualesDe(buscar(codigo));
    }

    /** Corrige los textos del indicador (los campos nulos no cambian). */
    public Indicador corregirTextos(String codigo, TextosIndicador textos) {
        Usuario quien = exigir(ADMINISTRAN, Texto.de("indicadores.permiso.corregirTextos"));
        Indicador indicador = buscar(codigo);
        List<String> cambios = indicador.corregirTextos(textos, quien.getUsuario());
        if (!cambios.isEmpty()) {
            repositorio.escribirCambios();
            auditor.registrar(Accion.CAMBIAR, ENTIDAD_INDICADOR, indicador.getCodigoTexto(), String.join("; ", cambios));
        }
        return indicador;
    }

    // ---------------------------------------------------------------- reportes (coordinador y supervisor)

    /** Registra un valor manual o externo, pendiente de aprobación. */
    public ReporteIndicador reportar(String codigo, NuevoReporte datos) {
        Usuario quien = exigir(REPORTAN, Texto.de("indicadores.permiso.reportarValores"));
        Indicador indicador = buscar(codigo);
        ReporteIndicador reporte = new ReporteIndicador(indicador, datos, quien.getUsuario(), null, LocalDate.now(reloj));
        if (hayPendiente(indicador, reporte.getFechaCorte())) {
            throw new ReglaIncumplida("fechaCorte", pendienteYa(indicador, reporte.getFechaCorte()));
        }
        repositorio.guardar(List.of(reporte));
        auditor.registrar(Accion.CREAR, ENTIDAD_REPORTE, reporte.getId().toString(), describir(reporte));
        return reporte;
    }

    /** Aprueba un reporte pendiente: desde ahora cuenta para el indicador. */
    public ReporteIndicador aprobar(long id) {
        Usuario quien = exigir(APRUEBAN, Texto.de("indicadores.permiso.aprobarReportes"));
        ReporteIndicador reporte = reporte(id);
        decidir(reporte, quien, () -> reporte.aprobar(quien.getUsuario()));
        auditor.registrar(Accion.CAMBIAR, ENTIDAD_REPORTE, String.valueOf(id), "Aprobado: " + describir(reporte));
        return reporte;
    }

    /** Rechaza un reporte pendiente con su motivo; no cuenta para el indicador. */
    public ReporteIndicador rechazar(long id, String motivo) {
        Usuario quien = exigir(APRUEBAN, Texto.de("indicadores.permiso.rechazarReportes"));
        ReporteIndicador reporte = reporte(id);
        decidir(reporte, quien, () -> reporte.rechazar(quien.getUsuario(), motivo));
        auditor.registrar(Accion.CAMBIAR, ENTIDAD_REPORTE, String.valueOf(id),
                "Rechazado: " + describir(reporte) + ". Motivo: " + reporte.getMotivoRechazo());
        return reporte;
    }

    private void decidir(ReporteIndicador reporte, Usuario quien, Runnable decision) {
        // Cuatro ojos: quien registró un reporte pendiente no lo decide (el reporte también lo guarda al decidirse).
        boolean propio = reporte.getEstado() == EstadoReporte.PENDIENTE
                && quien.getUsuario().equals(reporte.getReportadoPor());
        acceso.exigir(!propio, Denegacion.operacion(ENTIDAD_REPORTE, reporte.getId(),
                "decidir un reporte que registró", Texto.de("indicadores.ustedRegistroReporteDebe")));
        decision.run();
        try {
            repositorio.escribirCambios();
        } catch (OptimisticLockException otraDecision) {
            throw new ConflictoEdicion(Texto.de("indicadores.que.reporteNumero", reporte.getId()));
        }
        lecturas.olvidar();
    }

    /**
     * Importa cifras oficiales de un archivo CSV ({@link ArchivoExternos}): todas o ninguna. Cada fila debe ser de un
     * indicador externo y cumplir las reglas de un reporte; si alguna falla, no se importa nada y
     * {@link ImportacionRechazada} nombra cada línea con error. Las filas importadas quedan pendientes de aprobación.
     */
    public List<ReporteIndicador> importarExternos(String nombreArchivo, String contenido) {
        Usuario quien = exigir(REPORTAN, Texto.de("indicadores.permiso.importarCifras"));
        String archivo = nombreArchivo == null || nombreArchivo.isBlank() ? "archivo" : nombreArchivo.strip();
        ArchivoExternos.Lectura lectura = ArchivoExternos.leer(contenido);
        List<Texto> errores = new ArrayList<>(lectura.textos());
        Map<String, Indicador> porCodigo = todos().stream()
                .collect(Collectors.toMap(Indicador::getCodigoTexto, Function.identity()));
        Set<String> vistos = new HashSet<>();
        List<ReporteIndicador> reportes = new ArrayList<>();
        LocalDate hoy = LocalDate.now(reloj);
        for (ArchivoExternos.FilaExterna fila : lectura.filas()) {
            int linea = fila.linea();
            Indicador indicador = porCodigo.get(fila.codigo());
            if (indicador == null) {
                errores.add(Texto.de("indicadores.importacion.noExisteIndicador", linea, fila.codigo()));
                continue;
            }
            if (indicador.getFuente() != FuenteIndicador.EXTERNO) {
                errores.add(Texto.de("indicadores.importacion.noEsExterno", linea, indicador,
                        indicador.getFuente().codigo()));
                continue;
            }
            try {
                String origen = "Archivo «" + archivo + "», línea " + fila.linea();
                ReporteIndicador reporte = new ReporteIndicador(indicador, fila.datos(), quien.getUsuario(),
                        origen.length() > 300 ? origen.substring(0, 300) : origen, hoy);
                if (!vistos.add(indicador.getCodigoTexto() + "@" + reporte.getFechaCorte())) {
                    errores.add(Texto.de("indicadores.importacion.repetido", linea, indicador,
                            FECHA.format(reporte.getFechaCorte())));
                } else if (hayPendiente(indicador, reporte.getFechaCorte())) {
                    errores.add(Texto.de("indicadores.importacion.enLinea", linea,
                            pendienteYa(indicador, reporte.getFechaCorte())));
                } else {
                    reportes.add(reporte);
                }
            } catch (ReglaIncumplida e) {
                errores.add(Texto.de("indicadores.importacion.enLinea", linea, e.texto()));
            }
        }
        if (!errores.isEmpty()) {
            throw new ImportacionRechazada(errores);
        }
        repositorio.guardar(reportes);
        for (ReporteIndicador reporte : reportes) {
            auditor.registrar(Accion.CREAR, ENTIDAD_REPORTE, reporte.getId().toString(),
                    describir(reporte) + ". " + reporte.getOrigen());
        }
        return reportes;
    }

    // ---------------------------------------------------------------- apoyo

    private SeguimientoIndicador medir(Indicador indicador, SortedMap<Integer, BigDecimal> metas, Integer anio,
            LocalDate corte, Long sede) {
        Programacion programacion = new Programacion(indicador.getTipoMeta(), indicador.getLineaBase(),
                indicador.getMeta(), metas);
        Medidor.Valores valores = fuentes.para(indicador.getFuente())
                .<Medidor.Valores>map(f -> (a, c) -> f.valor(indicador, a, c, sede)).orElse(null);
        return new SeguimientoIndicador(indicador, programacion, Medidor.medir(programacion, valores, anio, corte));
    }

    private List<Indicador> todos() {
        return repositorio.indicadores();
    }

    private Indicador buscar(String codigo) {
        CodigoIndicador c = CodigoIndicador.leer(codigo)
                .orElseThrow(() -> new NoEncontrado(Texto.de("indicadores.que.indicador", codigo)));
        return repositorio.indicador(c).orElseThrow(() -> new NoEncontrado(Texto.de("indicadores.que.indicador", codigo)));
    }

    private ReporteIndicador reporte(long id) {
        return repositorio.reporte(id)
                .orElseThrow(() -> new NoEncontrado(Texto.de("indicadores.que.reporteIndicadorNumero", id)));
    }

    private List<MetaAnual> metasDe(Indicador indicador) {
        return repositorio.metasDe(indicador);
    }

    private SortedMap<Integer, BigDecimal> metasAnualesDe(Indicador indicador) {
        SortedMap<Integer, BigDecimal> metas = new TreeMap<>();
        metasDe(indicador).forEach(m -> metas.put(m.getAnio(), m.getValor()));
        return metas;
    }

    private Map<Long, SortedMap<Integer, BigDecimal>> metasAnuales() {
        return repositorio.metasAnuales();
    }

    private boolean hayPendiente(Indicador indicador, LocalDate fecha) {
        return repositorio.hayPendiente(indicador, fecha);
    }

    private static Texto pendienteYa(Indicador indicador, LocalDate fecha) {
        return Texto.de("indicadores.yaHayUnReportePendiente", indicador, FECHA.format(fecha));
    }

    /** El usuario, si tiene alguno de los roles; si no, deja el intento en el rastro y lo niega. */
    private Usuario exigir(Set<Rol> roles, Texto que) {
        return acceso.exigir(u -> u.tieneAlguno(roles), Denegacion.operacion(ENTIDAD_INDICADOR, null,
                "Intento de " + que.enEspanol(), Texto.de("indicadores.rolNoPermite", que)));
    }


    private static String describir(ReporteIndicador r) {
        StringBuilder s = new StringBuilder().append(r.getIndicador()).append(": ").append(texto(r.getValor()))
                .append(" al ").append(FECHA.format(r.getFechaCorte()));
        if (r.getNumerador() != null) {
            s.append(" (").append(texto(r.getNumerador())).append(" / ").append(texto(r.getDenominador()))
                    .append(")");
        }
        return s.append(", fuente: ").append(r.getFuente()).toString();
    }

    /** Un número sin ceros de relleno ni notación científica. */
    public static String texto(BigDecimal numero) {
        if (numero == null) {
            return "—";
        }
        BigDecimal limpio = numero.stripTrailingZeros();
        return (limpio.scale() < 0 ? limpio.setScale(0) : limpio).toPlainString();
    }
}
