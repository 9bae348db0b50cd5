package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.seguimiento.DatoExternoAnual;
import co.gov.cartagena.ruta.indicadores.seguimiento.DatosExternos;
import co.gov.cartagena.ruta.indicadores.seguimiento.DesgloseIndicadores;
import co.gov.cartagena.ruta.indicadores.seguimiento.DesgloseIndicadores.Detalle;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code app/indicadores/indicador.xhtml?codigo=PZ.VIC.3&anio=2025&corte=2025-09-30&sede=SICC}: un indicador a una
 * fecha de corte con su cabecera (línea base, meta, valor, numerador/denominador, avance y semáforo), la regla de
 * conteo, el gráfico de sus valores anuales contra las metas anuales, sus desagregaciones, el detalle de registros de
 * cada componente (solo los que el rol deja ver; de los demás, cuántos son) y, para GE.R1, la cifra externa anual que
 * hace de denominador. Sin {@code anio}, el cuatrienio; sin {@code corte}, hoy.
 */
@Named("detalleIndicador")
@ViewScoped
public class IndicadorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock reloj;

    @Inject
    ServicioIndicadores servicio;

    @Inject
    DesgloseIndicadores desglose;

    @Inject
    DatosExternos datosExternos;

    @Inject
    RepositorioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    private String codigo;
    private Integer anio;
    private LocalDate corte;
    private String sede;

    private boolean cargado;
    private FilaTablero fila;
    private String nombre;
    private String componente;
    private String programa;
    private String lineaBaseTexto;
    private String metaTexto;
    private String regla;
    private String numerador;
    private String denominador;
    private LocalDate corteEfectivo;
    private SerieAnual serie;
    private String graficoJson;
    private List<TablaDesagregacion> desagregaciones = List.of();
    private List<ParteDeLaCifra> componentes = List.of();

    private String componenteDetalle;
    private Detalle detalle;

    private Integer anioDato;
    private BigDecimal valorDato;
    private String fuenteDato;
    private LocalDate fechaDato;
    /** Entidades: no viajan con la sesión replicada; tras restaurarse la vista en otra instancia se releen. */
    private transient List<DatoExternoAnual> historia = List.of();

    /** Al abrir la página (f:viewAction): lee los parámetros y mide; 403 si el rol no ve indicadores. */
    public void cargar() {
        boolean vaTablero = usuarioActual.get()
                .map(u -> ServicioIndicadores.VEN_TABLERO.stream().anyMatch(u::tiene)).orElse(false);
        if (!vaTablero) {
            Pagina.prohibir();
            return;
        }
        try {
            codigo = Pagina.parametro("codigo");
            if (codigo == null || codigo.isBlank()) {
                throw ReglaIncumplida.deLaPagina("codigo", Pagina.texto("indicador.sinCodigo"));
            }
            codigo = codigo.trim();
            sede = vacio(Pagina.parametro("sede"));
            anio = parametroAnio();
            corte = parametroCorte();
            armar();
        } catch (OperacionNoPermitida e) {
            Pagina.prohibir();
        } catch (ReglaIncumplida | NoEncontrado e) {
            cargado = false;
            Mensajes.error(Mensajes.delDominio(e));
        }
    }

    /** Vuelve a medir con el año, el corte y la sede del formulario. */
    public void filtrar() {
        try {
            detalle = null;
            armar();
        } catch (ReglaIncumplida | NoEncontrado e) {
            Mensajes.error(Mensajes.delDominio(e));
        }
    }

    private void armar() {
        Locale idioma = Pagina.idioma();
        SeguimientoIndicador s = servicio.seguimiento(codigo, anio, corte, sede);
        Indicador i = s.indicador();
        Medicion m = s.medicion();
        codigo = i.getCodigoTexto();
        fila = FilaTablero.de(s, idioma);
        nombre = i.getNombre();
        componente = i.getComponente().getNombre();
        programa = i.getPrograma() == null ? null : i.getPrograma().getNombre();
        lineaBaseTexto = i.getLineaBaseTexto();
        metaTexto = i.getMetaTexto();
        regla = i.getRegla();
        numerador = m.valor() == null ? null : Pagina.numero(m.valor().numerador(), idioma);
        denominador = m.valor() == null ? null : Pagina.numero(m.valor().denominador(), idioma);
        corteEfectivo = m.corte();
        serie = SerieAnual.armar(servicio, codigo, ServicioIndicadores.corte(null, corte, LocalDate.now(reloj)), sede);
        graficoJson = serie.chartJs(Pagina.texto("indicador.grafico.valor"), Pagina.texto("indicador.grafico.meta"),
                Pagina.texto("indicador.grafico.titulo", codigo));
        boolean calculado = desglose.esCalculado(codigo);
        desagregaciones = calculado
                ? TablaDesagregacion.de(desglose.desagregaciones(codigo, anio, corte), c -> categoria(c, idioma), idioma)
                : List.of();
        componentes = new ArrayList<>(desglose.partes(codigo));
        if (componenteDetalle == null || !componentes.contains(ParteDeLaCifra.valueOf(componenteDetalle))) {
            componenteDetalle = componentes.isEmpty() ? null : componentes.get(0).name();
        }
        if (isConDatoExterno()) {
            historia = datosExternos.historia(codigo);
        }
        cargado = true;
    }

    /** El nombre de una categoría de desagregación: MUJER → «Mujer», SIN_DATO → «Sin dato»; lo demás tal cual. */
    static String categoria(String c, Locale idioma) {
        if (c == null) {
            return "";
        }
        String propia = Mensajes.texto(idioma, "indicador.categoria." + c, null);
        if (propia != null) {
            return propia;
        }
        return c.matches("[A-Z][A-Z_]+") ? Mensajes.legible(idioma, c) : c;
    }

    /** Trae una página del detalle de registros del componente elegido (queda en la auditoría). */
    public void verRegistros() {
        irAPagina(0);
    }

    public void paginaSiguiente() {
        irAPagina(detalle == null ? 0 : detalle.pagina() + 1);
    }

    public void paginaAnterior() {
        irAPagina(detalle == null ? 0 : Math.max(0, detalle.pagina() - 1));
    }

    private void irAPagina(int pagina) {
        try {
            detalle = desglose.registros(codigo, anio, corte, componenteDetalle, pagina);
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Registra la cifra externa anual (GE.R1): supervisor o administrador. */
    public void registrarDato() {
        try {
            DatoExternoAnual d = datosExternos.registrar(codigo, anioDato == null ? 0 : anioDato, valorDato,
                    fuenteDato, fechaDato);
            Pagina.informar("indicador.externo.registrado", d.getAnio());
            anioDato = null;
            valorDato = null;
            fuenteDato = null;
            fechaDato = null;
            armar();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    private static String vacio(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer parametroAnio() {
        String texto = vacio(Pagina.parametro("anio"));
        if (texto == null) {
            return null;
        }
        try {
            return Integer.valueOf(texto);
        } catch (NumberFormatException e) {
            throw ReglaIncumplida.deLaPagina("anio", Pagina.texto("indicadores.anioDelPlan"));
        }
    }

    private static LocalDate parametroCorte() {
        String texto = vacio(Pagina.parametro("corte"));
        if (texto == null) {
            return null;
        }
        try {
            return LocalDate.parse(texto);
        } catch (DateTimeParseException e) {
            return Fechas.leer(texto)
                    .orElseThrow(() -> ReglaIncumplida.deLaPagina("corte", Pagina.texto("indicadores.corteInvalido")));
        }
    }

    // ---------------------------------------------------------------- para la página

    public boolean isCargado() {
        return cargado;
    }

    public String getCodigo() {
        return codigo;
    }

    public Integer getAnio() {
        return anio;
    }

    public void setAnio(Integer anio) {
        this.anio = anio;
    }

    public LocalDate getCorte() {
        return corte;
    }

    public void setCorte(LocalDate corte) {
        this.corte = corte;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = vacio(sede);
    }

    public List<Integer> getAnios() {
        return IntStream.rangeClosed(Cuatrienio.PRIMER_ANIO, Cuatrienio.ULTIMO_ANIO).boxed()
                .collect(Collectors.toList());
    }

    public List<Sede> getSedes() {
        return sedes.todas();
    }

    public FilaTablero getFila() {
        return fila;
    }

    public String getNombre() {
        return nombre;
    }

    public String getComponente() {
        return componente;
    }

    public String getPrograma() {
        return programa;
    }

    public String getLineaBaseTexto() {
        return lineaBaseTexto;
    }

    public String getMetaTexto() {
        return metaTexto;
    }

    public String getRegla() {
        return regla;
    }

    public String getNumerador() {
        return numerador;
    }

    public String getDenominador() {
        return denominador;
    }

    public String getCorteTexto() {
        return corteEfectivo == null ? "" : Fechas.formatear(corteEfectivo);
    }

    public boolean isCuatrienio() {
        return anio == null;
    }

    public SerieAnual getSerie() {
        return serie;
    }

    public String getGraficoJson() {
        return graficoJson;
    }

    /** Un año de la serie como texto, para la tabla que acompaña al gráfico. */
    public String numero(BigDecimal cifra) {
        return cifra == null ? "—" : Pagina.numero(cifra, Pagina.idioma());
    }

    public String fecha(Object f) {
        return f == null ? "—" : Fechas.formatear(f);
    }

    public List<TablaDesagregacion> getDesagregaciones() {
        return desagregaciones;
    }

    /** Si la cifra sale de los registros de Ruta (tiene desagregaciones y detalle de registros). */
    public boolean isCalculado() {
        return !componentes.isEmpty();
    }

    public List<String> getComponentes() {
        return componentes.stream().map(ParteDeLaCifra::name).toList();
    }

    public String getComponenteDetalle() {
        return componenteDetalle;
    }

    public void setComponenteDetalle(String componenteDetalle) {
        this.componenteDetalle = componenteDetalle;
    }

    public Detalle getDetalle() {
        return detalle;
    }

    public boolean isHayPaginaSiguiente() {
        return detalle != null
                && (long) (detalle.pagina() + 1) * DesgloseIndicadores.POR_PAGINA < detalle.total();
    }

    public boolean isHayPaginaAnterior() {
        return detalle != null && detalle.pagina() > 0;
    }

    public int getPaginaDetalle() {
        return detalle == null ? 0 : detalle.pagina() + 1;
    }

    public long getPaginasDetalle() {
        return detalle == null ? 0
                : Math.max(1, (detalle.total() + DesgloseIndicadores.POR_PAGINA - 1) / DesgloseIndicadores.POR_PAGINA);
    }

    public boolean isConDatoExterno() {
        return codigo != null && DatosExternos.CON_DENOMINADOR_EXTERNO.contains(codigo);
    }

    public boolean isRegistraDato() {
        return isConDatoExterno() && usuarioActual.get()
                .map(u -> u.tiene(Rol.SUPERVISOR) || u.tiene(Rol.ADMINISTRADOR)).orElse(false);
    }

    public List<DatoExternoAnual> getHistoria() {
        if (historia == null) {
            historia = cargado && isConDatoExterno() ? datosExternos.historia(codigo) : List.of();
        }
        return historia;
    }

    public Integer getAnioDato() {
        return anioDato;
    }

    public void setAnioDato(Integer anioDato) {
        this.anioDato = anioDato;
    }

    public BigDecimal getValorDato() {
        return valorDato;
    }

    public void setValorDato(BigDecimal valorDato) {
        this.valorDato = valorDato;
    }

    public String getFuenteDato() {
        return fuenteDato;
    }

    public void setFuenteDato(String fuenteDato) {
        this.fuenteDato = fuenteDato;
    }

    public LocalDate getFechaDato() {
        return fechaDato;
    }

    public void setFechaDato(LocalDate fechaDato) {
        this.fechaDato = fechaDato;
    }
}
