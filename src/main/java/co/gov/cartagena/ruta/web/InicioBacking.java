package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.ConsultaAuditoria;
import co.gov.cartagena.ruta.auditoria.FiltroAuditoria;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.FiltroCasos;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.casos.Remision;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.Seguimiento;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.TerminosDeComisaria;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import co.gov.cartagena.ruta.indicadores.avance.Semaforo;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Datos reales que muestra la página de inicio de cada rol. */
@Named("inicio")
@RequestScoped
public class InicioBacking {

    @Inject
    Clock reloj;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    RepositorioSedes sedes;

    @Inject
    ConsultaAuditoria auditoria;

    private List<RegistroAuditoria> auditoriaReciente;

    public LocalDate getHoy() {
        return LocalDate.now(reloj);
    }

    @Inject
    ServicioCasos casos;

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
        return usuarioActual.get().filter(PoliticaAcceso::trabajaCasos)
                .map(u -> casos.contar(FiltroCasos.mios())).orElse(0L);
    }

    /** Casos visibles de las sedes del usuario. */
    public long getCasosDeMiSede() {
        if (casosDeMiSede == null) {
            casosDeMiSede = contarDeMiSede();
        }
        return casosDeMiSede;
    }

    private long contarDeMiSede() {
        return usuarioActual.get().filter(PoliticaAcceso::trabajaCasos)
                .map(u -> casos.contar(FiltroCasos.todos())).orElse(0L);
    }

    // ------------------------------------------------------------------ colas de trabajo (issue 12, ítem 6)

    /** Cuántas filas muestra cada cola; la lista completa está a un enlace. */
    static final int CUANTOS = 10;
    /** Días hacia adelante en que un seguimiento cuenta como «próximo» (y, para la coordinación, en riesgo). */
    static final int DIAS_PROXIMOS = 7;

    @Inject
    ServicioIndicadores indicadores;

    @Inject
    Cortes cortes;

    @Inject
    Etiquetas etiquetas;

    /** Un caso de la cola con su siguiente paso ya escrito para leer. */
    public record CasoEnCola(Caso caso, String persona, String estado, String paso,
            boolean pasoVencido) {
    }

    /** Un indicador en rojo o amarillo. */
    public record IndicadorEnRiesgo(String codigo, String nombre, String semaforo, String claveSemaforo) {
    }

    private List<CasoEnCola> misCasosAbiertos;
    private List<CasoEnCola> sinAsignar;
    private List<Seguimiento> misVencidos;
    private List<Seguimiento> misProximos;
    private List<Seguimiento> vencidosDeLaSede;
    private List<Seguimiento> enRiesgoDeLaSede;
    private List<Remision> misRemisiones;
    private List<Remision> remisionesDeLaSede;
    private List<IndicadorEnRiesgo> indicadoresEnRiesgo;
    private List<ReporteIndicador> reportesPorAprobar;
    private Optional<Cortes.Corte> ultimoCorte;

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

    public List<Seguimiento> getMisVencidos() {
        if (misVencidos == null) {
            misVencidos = es(Rol.GESTOR) ? casos.seguimientosPendientes(true, null, getHoy(), CUANTOS) : List.of();
        }
        return misVencidos;
    }

    public List<Seguimiento> getMisProximos() {
        if (misProximos == null) {
            misProximos = es(Rol.GESTOR) ? casos.seguimientosPendientes(true, getHoy(),
                    getHoy().plusDays(DIAS_PROXIMOS + 1L), CUANTOS) : List.of();
        }
        return misProximos;
    }

    public List<Seguimiento> getVencidosDeLaSede() {
        if (vencidosDeLaSede == null) {
            vencidosDeLaSede = es(Rol.COORDINADOR) ? casos.seguimientosPendientes(false, null, getHoy(), CUANTOS)
                    : List.of();
        }
        return vencidosDeLaSede;
    }

    /** Coordinación: los seguimientos de sus sedes que vencen en los próximos {@link #DIAS_PROXIMOS} días. */
    public List<Seguimiento> getEnRiesgoDeLaSede() {
        if (enRiesgoDeLaSede == null) {
            enRiesgoDeLaSede = es(Rol.COORDINADOR) ? casos.seguimientosPendientes(false, getHoy(),
                    getHoy().plusDays(DIAS_PROXIMOS + 1L), CUANTOS) : List.of();
        }
        return enRiesgoDeLaSede;
    }

    /** Un término de ley de la Comisaría en riesgo, ya escrito para leer. */
    public record TerminoEnCola(Caso caso, String persona, String termino, String vence, boolean vencido,
            String gestor) {
    }

    private List<TerminoEnCola> terminosEnRiesgo;

    /**
     * Coordinación: los términos de ley de la Comisaría de Familia en riesgo en sus sedes (medida provisional en
     * horas, audiencia en días; ver {@link TerminosDeComisaria}), el que vence primero arriba.
     */
    public List<TerminoEnCola> getTerminosEnRiesgo() {
        if (terminosEnRiesgo == null) {
            terminosEnRiesgo = es(Rol.COORDINADOR) ? casos.terminosEnRiesgo(CUANTOS).stream().map(this::enCola).toList()
                    : List.of();
        }
        return terminosEnRiesgo;
    }

    private Boolean conComisaria;

    /**
     * Si quien coordina tiene a cargo alguna sede que lleva la ruta de la Comisaría de Familia (solo entonces tiene
     * términos de ley que vigilar).
     */
    public boolean isConComisaria() {
        if (conComisaria == null) {
            var tipos = Ruta.VIOLENCIA_INTRAFAMILIAR.definicion().tiposSede();
            conComisaria = es(Rol.COORDINADOR) && usuarioActual.get()
                    .map(u -> sedes.porCodigos(u.getSedes()).stream().anyMatch(s -> tipos.contains(s.getTipo())))
                    .orElse(false);
        }
        return conComisaria;
    }

    private TerminoEnCola enCola(TerminosDeComisaria.EnRiesgo t) {
        Caso c = t.caso();
        String vence = t.porDias() ? Fechas.formatear(t.vence().toLocalDate())
                : t.vence().format(co.gov.cartagena.ruta.comun.FormatoFecha.FECHA_HORA);
        return new TerminoEnCola(c, c.titular() == null ? "" : c.titular().nombreCompleto(),
                Mensajes.etiqueta("termino.", t.termino()), vence, t.vencido(), etiquetas.usuario(c.getGestor()));
    }

    public List<Remision> getMisRemisiones() {
        if (misRemisiones == null) {
            misRemisiones = es(Rol.GESTOR) ? casos.remisionesSinRespuesta(true, CUANTOS) : List.of();
        }
        return misRemisiones;
    }

    public List<Remision> getRemisionesDeLaSede() {
        if (remisionesDeLaSede == null) {
            remisionesDeLaSede = es(Rol.COORDINADOR) ? casos.remisionesSinRespuesta(false, CUANTOS) : List.of();
        }
        return remisionesDeLaSede;
    }

    private List<CasoEnCola> enCola(List<Caso> lista) {
        return lista.stream().map(this::enCola).toList();
    }

    /**
     * El siguiente paso de un caso: el seguimiento pendiente más cercano si lo hay (y si ya venció); si no, los
     * estados a los que puede pasar; si no tiene ninguno, registrar atenciones o cerrarlo.
     */
    private CasoEnCola enCola(Caso c) {
        var seguimiento = c.getSeguimientos().stream().filter(s -> s.getCumplidoEn() == null)
                .min(Comparator.comparing(Seguimiento::getFechaVencimiento));
        String paso;
        boolean vencido = false;
        if (seguimiento.isPresent()) {
            var s = seguimiento.get();
            vencido = s.getFechaVencimiento().isBefore(getHoy());
            paso = MessageFormat.format(Mensajes.texto("inicio.paso.seguimiento", "Seguimiento: {0} ({1})"),
                    s.getDescripcion(), Fechas.formatear(s.getFechaVencimiento()));
        } else {
            var siguientes = c.getRuta().definicion().siguientes(c.getEstado());
            paso = siguientes.isEmpty() ? Mensajes.texto("inicio.paso.atender", "Registrar atenciones o cerrar el caso")
                    : MessageFormat.format(Mensajes.texto("inicio.paso.estado", "Pasar a: {0}"),
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
                        .filter(x -> x.medicion().semaforo() == Semaforo.ROJO
                                || x.medicion().semaforo() == Semaforo.AMARILLO)
                        .map(x -> new IndicadorEnRiesgo(x.indicador().getCodigoTexto(), x.indicador().getNombre(),
                                x.medicion().semaforo().name(), "indicadores.semaforo." + x.medicion().semaforo().name()))
                        .toList();
            }
        }
        return indicadoresEnRiesgo;
    }

    public List<ReporteIndicador> getReportesPorAprobar() {
        if (reportesPorAprobar == null) {
            reportesPorAprobar = es(Rol.SUPERVISOR) ? indicadores.pendientes() : List.of();
        }
        return reportesPorAprobar;
    }

    /** El corte más reciente (vacío si no se ha cerrado ninguno). */
    public Cortes.Corte getUltimoCorte() {
        if (ultimoCorte == null) {
            ultimoCorte = es(Rol.SUPERVISOR) ? cortes.listar().stream().findFirst() : Optional.empty();
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
