package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ConsultaAuditoria;
import co.gov.cartagena.ruta.auditoria.FiltroAuditoria;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Datos reales que muestra la página de inicio de cada rol. */
@Named("inicio")
@RequestScoped
public class InicioBacking {

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    RepositorioSedes sedes;

    @Inject
    ConsultaAuditoria auditoria;

    private List<RegistroAuditoria> auditoriaReciente;

    public LocalDate getHoy() {
        return Fechas.hoy();
    }

    @Inject
    co.gov.cartagena.ruta.casos.ServicioCasos casos;

    /** Casos abiertos asignados al gestor (0 si no trabaja casos). */
    private Long misCasos;
    private Long casosDeMiSede;

    public long getMisCasos() {
        if (misCasos == null) {
            misCasos = contarMios();
        }
        return misCasos;
    }

    private long contarMios() {
        return usuarioActual.get().filter(co.gov.cartagena.ruta.casos.PoliticaAcceso::trabajaCasos)
                .map(u -> casos.contar(co.gov.cartagena.ruta.casos.FiltroCasos.mios())).orElse(0L);
    }

    /** Casos visibles de las sedes del usuario. */
    public long getCasosDeMiSede() {
        if (casosDeMiSede == null) {
            casosDeMiSede = contarDeMiSede();
        }
        return casosDeMiSede;
    }

    private long contarDeMiSede() {
        return usuarioActual.get().filter(co.gov.cartagena.ruta.casos.PoliticaAcceso::trabajaCasos)
                .map(u -> casos.contar(co.gov.cartagena.ruta.casos.FiltroCasos.todos())).orElse(0L);
    }

    // ------------------------------------------------------------------ colas de trabajo (issue 12, ítem 6)

    /** Cuántas filas muestra cada cola; la lista completa está a un enlace. */
    static final int CUANTOS = 10;
    /** Días hacia adelante en que un seguimiento cuenta como «próximo» (y, para la coordinación, en riesgo). */
    static final int DIAS_PROXIMOS = 7;

    @Inject
    co.gov.cartagena.ruta.indicadores.ServicioIndicadores indicadores;

    @Inject
    co.gov.cartagena.ruta.indicadores.Cortes cortes;

    @Inject
    Etiquetas etiquetas;

    /** Un caso de la cola con su siguiente paso ya escrito para leer. */
    public record CasoEnCola(co.gov.cartagena.ruta.casos.Caso caso, String persona, String estado, String paso,
            boolean pasoVencido) {
    }

    /** Un indicador en rojo o amarillo. */
    public record IndicadorEnRiesgo(String codigo, String nombre, String semaforo, String claveSemaforo) {
    }

    private List<CasoEnCola> misCasosAbiertos;
    private List<CasoEnCola> sinAsignar;
    private List<co.gov.cartagena.ruta.casos.Seguimiento> misVencidos;
    private List<co.gov.cartagena.ruta.casos.Seguimiento> misProximos;
    private List<co.gov.cartagena.ruta.casos.Seguimiento> vencidosDeLaSede;
    private List<co.gov.cartagena.ruta.casos.Seguimiento> enRiesgoDeLaSede;
    private List<co.gov.cartagena.ruta.casos.Remision> misRemisiones;
    private List<co.gov.cartagena.ruta.casos.Remision> remisionesDeLaSede;
    private List<IndicadorEnRiesgo> indicadoresEnRiesgo;
    private List<co.gov.cartagena.ruta.indicadores.ReporteIndicador> reportesPorAprobar;
    private java.util.Optional<co.gov.cartagena.ruta.indicadores.Cortes.Corte> ultimoCorte;

    private boolean es(Rol rol) {
        return usuarioActual.get().map(u -> u.tiene(rol)).orElse(false);
    }

    /** Gestor: sus casos abiertos, los que más esperan primero, con su siguiente paso. */
    public List<CasoEnCola> getMisCasosAbiertos() {
        if (misCasosAbiertos == null) {
            misCasosAbiertos = es(Rol.GESTOR) ? enCola(casos.abiertosParaInicio(false, CUANTOS)) : List.of();
        }
        return misCasosAbiertos;
    }

    /** Coordinación: los casos abiertos de sus sedes que nadie lleva. */
    public List<CasoEnCola> getSinAsignar() {
        if (sinAsignar == null) {
            sinAsignar = es(Rol.COORDINADOR) ? enCola(casos.abiertosParaInicio(true, CUANTOS)) : List.of();
        }
        return sinAsignar;
    }

    public List<co.gov.cartagena.ruta.casos.Seguimiento> getMisVencidos() {
        if (misVencidos == null) {
            misVencidos = es(Rol.GESTOR) ? casos.seguimientosPendientes(true, null, getHoy(), CUANTOS) : List.of();
        }
        return misVencidos;
    }

    public List<co.gov.cartagena.ruta.casos.Seguimiento> getMisProximos() {
        if (misProximos == null) {
            misProximos = es(Rol.GESTOR) ? casos.seguimientosPendientes(true, getHoy(),
                    getHoy().plusDays(DIAS_PROXIMOS + 1L), CUANTOS) : List.of();
        }
        return misProximos;
    }

    public List<co.gov.cartagena.ruta.casos.Seguimiento> getVencidosDeLaSede() {
        if (vencidosDeLaSede == null) {
            vencidosDeLaSede = es(Rol.COORDINADOR) ? casos.seguimientosPendientes(false, null, getHoy(), CUANTOS)
                    : List.of();
        }
        return vencidosDeLaSede;
    }

    /**
     * Coordinación: los plazos en riesgo. Ruta no modela aún los términos de la Ley 2126 de 2021 (horas para la
     * medida provisional, días para la audiencia); mientras tanto, cuentan los seguimientos programados que vencen en
     * los próximos {@link #DIAS_PROXIMOS} días en sus sedes (ver docs/paginas-del-gestor.md).
     */
    public List<co.gov.cartagena.ruta.casos.Seguimiento> getEnRiesgoDeLaSede() {
        if (enRiesgoDeLaSede == null) {
            enRiesgoDeLaSede = es(Rol.COORDINADOR) ? casos.seguimientosPendientes(false, getHoy(),
                    getHoy().plusDays(DIAS_PROXIMOS + 1L), CUANTOS) : List.of();
        }
        return enRiesgoDeLaSede;
    }

    public List<co.gov.cartagena.ruta.casos.Remision> getMisRemisiones() {
        if (misRemisiones == null) {
            misRemisiones = es(Rol.GESTOR) ? casos.remisionesSinRespuesta(true, CUANTOS) : List.of();
        }
        return misRemisiones;
    }

    public List<co.gov.cartagena.ruta.casos.Remision> getRemisionesDeLaSede() {
        if (remisionesDeLaSede == null) {
            remisionesDeLaSede = es(Rol.COORDINADOR) ? casos.remisionesSinRespuesta(false, CUANTOS) : List.of();
        }
        return remisionesDeLaSede;
    }

    private List<CasoEnCola> enCola(List<co.gov.cartagena.ruta.casos.Caso> lista) {
        return lista.stream().map(this::enCola).toList();
    }

    /**
     * El siguiente paso de un caso: el seguimiento pendiente más cercano si lo hay (y si ya venció); si no, los
     * estados a los que puede pasar; si no tiene ninguno, registrar atenciones o cerrarlo.
     */
    private CasoEnCola enCola(co.gov.cartagena.ruta.casos.Caso c) {
        var seguimiento = c.getSeguimientos().stream().filter(s -> s.getCumplidoEn() == null)
                .min(java.util.Comparator.comparing(co.gov.cartagena.ruta.casos.Seguimiento::getFechaVencimiento));
        String paso;
        boolean vencido = false;
        if (seguimiento.isPresent()) {
            var s = seguimiento.get();
            vencido = s.getFechaVencimiento().isBefore(getHoy());
            paso = java.text.MessageFormat.format(Mensajes.texto("inicio.paso.seguimiento", "Seguimiento: {0} ({1})"),
                    s.getDescripcion(), Fechas.formatear(s.getFechaVencimiento()));
        } else {
            var siguientes = c.getRuta().definicion().siguientes(c.getEstado());
            paso = siguientes.isEmpty() ? Mensajes.texto("inicio.paso.atender", "Registrar atenciones o cerrar el caso")
                    : java.text.MessageFormat.format(Mensajes.texto("inicio.paso.estado", "Pasar a: {0}"),
                            String.join(", ", siguientes.stream().map(Mensajes::legible).toList()));
        }
        String persona = c.titular() == null ? "" : c.titular().nombreCompleto();
        return new CasoEnCola(c, persona, Mensajes.legible(c.getEstado()), paso, vencido);
    }

    /** Supervisión: los indicadores en rojo o en amarillo del año en curso, en el orden del plan. */
    public List<IndicadorEnRiesgo> getIndicadoresEnRiesgo() {
        if (indicadoresEnRiesgo == null) {
            indicadoresEnRiesgo = List.of();
            if (es(Rol.SUPERVISOR)) {
                indicadoresEnRiesgo = indicadores.tablero(getHoy().getYear(), null).stream()
                        .filter(x -> x.medicion().semaforo() == co.gov.cartagena.ruta.indicadores.Semaforo.ROJO
                                || x.medicion().semaforo() == co.gov.cartagena.ruta.indicadores.Semaforo.AMARILLO)
                        .map(x -> new IndicadorEnRiesgo(x.indicador().getCodigoTexto(), x.indicador().getNombre(),
                                x.medicion().semaforo().name(), "indicadores.semaforo." + x.medicion().semaforo().name()))
                        .toList();
            }
        }
        return indicadoresEnRiesgo;
    }

    public List<co.gov.cartagena.ruta.indicadores.ReporteIndicador> getReportesPorAprobar() {
        if (reportesPorAprobar == null) {
            reportesPorAprobar = es(Rol.SUPERVISOR) ? indicadores.pendientes() : List.of();
        }
        return reportesPorAprobar;
    }

    /** El corte más reciente (vacío si no se ha cerrado ninguno). */
    public co.gov.cartagena.ruta.indicadores.Cortes.Corte getUltimoCorte() {
        if (ultimoCorte == null) {
            ultimoCorte = es(Rol.SUPERVISOR) ? cortes.listar().stream().findFirst() : java.util.Optional.empty();
        }
        return ultimoCorte.orElse(null);
    }

    public String fecha(Object valor) {
        return Fechas.formatear(valor);
    }

    public int getSedesRegistradas() {
        return sedes.todas().size();
    }

    /** Últimas entradas del rastro; solo para auditores (y esta consulta también queda en el rastro). */
    public List<RegistroAuditoria> getAuditoriaReciente() {
        if (auditoriaReciente == null) {
            boolean auditor = usuarioActual.get().map(u -> u.tiene(Rol.AUDITOR)).orElse(false);
            auditoriaReciente = auditor ? auditoria.buscar(FiltroAuditoria.TODO, 0, 10) : List.of();
        }
        return auditoriaReciente;
    }
}
