package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.indicadores.seguimiento.RepositorioIndicadores.Ventana;
import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.actividades.PoliticaActividades;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import co.gov.cartagena.ruta.indicadores.calculo.Regla;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lo que hay detrás de la cifra de un indicador calculado: sus desagregaciones (sexo, grupo de edad, pertenencia
 * étnica, discapacidad, condición de víctima, localidad, sede y, donde la regla lo pide, el detalle de la ruta) y los
 * registros que la sostienen.
 *
 * <p>Protección: quien no tiene acceso a datos personales ve las celdas de 1 a 4 personas suprimidas («menos de
 * 5»), para que nadie pueda ser reidentificado; y del detalle de registros solo ve los que su rol le deja ver
 * (un supervisor sin ese permiso, solo conteos). Todo se lee del almacén, sin recorrer las tablas de casos.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DesgloseIndicadores {

    /** Umbral de supresión: celdas con menos personas se ocultan a quien no ve datos personales. */
    public static final int MINIMO_PUBLICABLE = 5;
    /** Registros por página del detalle. */
    public static final int POR_PAGINA = 200;

    /** Una celda de una desagregación: la categoría y cuántas claves hay por componente (nulo si suprimida). */
    public record Celda(String categoria, Map<ParteDeLaCifra, Long> cantidades, boolean suprimida) {
    }

    /** Un registro detrás de la cifra, con lo que el usuario puede ver de él. */
    public record Registro(String clave, LocalDate fecha, String tipo, Long id, String referencia, String sede,
            String descripcion, String persona)
            implements Serializable {
    }

    /** Una página del detalle: los registros visibles y cuántos hay en total y ocultos al usuario. */
    public record Detalle(List<Registro> registros, long total, long ocultos, int pagina)
            implements Serializable {
    }

    @Inject
    RepositorioIndicadores repositorio;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    ServicioIndicadores indicadores;

    /** Si la cifra del indicador se calcula desde los registros de Ruta: solo esos tienen desagregaciones. */
    public boolean esCalculado(String codigo) {
        return ReglasDelPlan.indicadores().contains(codigo);
    }

    /** Las partes de la cifra de un indicador calculado (valor, o numerador y denominador), en orden; vacía si no. */
    public List<ParteDeLaCifra> partes(String codigo) {
        return ReglasDelPlan.delIndicador(codigo).stream().map(Regla::componente).distinct().sorted().toList();
    }

    /** Las desagregaciones de un indicador calculado, en el periodo hasta el corte (vacías para los demás). */
    public Map<String, List<Celda>> desagregaciones(String codigo, Integer anio, LocalDate corte) {
        Usuario u = usuarioActual.requerido();
        SeguimientoIndicador s = indicadores.seguimiento(codigo, anio, corte);
        Indicador i = s.indicador();
        Map<String, List<Celda>> r = new LinkedHashMap<>();
        if (!ReglasDelPlan.indicadores().contains(i.getCodigoTexto())) {
            return r;
        }
        Ventana v = ventana(i, anio, s.medicion().corte());
        boolean suprimir = !PoliticaAcceso.puedeVerDatosPersonales(u);
        if (ReglasDelPlan.cuentaPersonas(i.getCodigoTexto())) {
            for (String d : repositorio.desagregacionesPorPersona()) {
                r.put(d, celdas(repositorio.porPersona(d, v), suprimir));
            }
        }
        r.put("sede", celdas(repositorio.porSede(v), suprimir && ReglasDelPlan.cuentaPersonas(i.getCodigoTexto())));
        List<Celda> porDetalle = celdas(repositorio.porDetalle(v),
                suprimir && ReglasDelPlan.cuentaPersonas(i.getCodigoTexto()));
        if (!porDetalle.isEmpty()) {
            r.put("detalle", porDetalle);
        }
        return r;
    }

    /**
     * Los registros detrás de la cifra de un componente ({@code VAL}, {@code NUM} o {@code DEN}): por cada clave
     * contada, el registro que la hizo contar en el periodo. Solo se muestran los que el usuario puede ver; de los
     * demás, solo cuántos son. Consultar el detalle queda en la auditoría.
     */
    @Transactional
    public Detalle registros(String codigo, Integer anio, LocalDate corte, String componente, int pagina) {
        Usuario u = usuarioActual.requerido();
        SeguimientoIndicador s = indicadores.seguimiento(codigo, anio, corte);
        Indicador i = s.indicador();
        if (!ReglasDelPlan.indicadores().contains(i.getCodigoTexto())) {
            throw new NoEncontrado(Texto.de("indicadores.que.detalleRegistrosValorNo", codigo));
        }
        ParteDeLaCifra comp;
        try {
            comp = componente == null || componente.isBlank() ? ParteDeLaCifra.VAL : ParteDeLaCifra.valueOf(componente);
        } catch (IllegalArgumentException e) {
            throw new ReglaIncumplida("componente", Texto.de("indicadores.componenteDebeSerVal"));
        }
        ReglaIncumplida.exigir(pagina >= 0 && pagina < 100_000, "pagina", Texto.de("indicadores.paginaNoValida"));
        Ventana v = ventana(i, anio, s.medicion().corte());
        long cuantos = repositorio.cuantasClaves(v, comp.name());
        List<Object[]> claves = repositorio.claves(v, comp.name(), pagina * POR_PAGINA, POR_PAGINA);
        boolean datosPersonales = PoliticaAcceso.puedeVerDatosPersonales(u);
        List<Registro> visibles = new ArrayList<>();
        long ocultos = 0;
        for (Object[] fila : claves) {
            String clave = (String) fila[0];
            LocalDate fecha = fecha(fila[1]);
            Registro r = fila[2] != null ? deCaso(u, clave, fecha, ((Number) fila[2]).longValue(), datosPersonales)
                    : fila[3] != null ? deActividad(u, clave, fecha, ((Number) fila[3]).longValue()) : null;
            if (r == null) {
                ocultos++;
            } else {
                visibles.add(r);
            }
        }
        auditor.registrar(Accion.VER, "indicador", i.getCodigoTexto(), "detalle de registros " + comp + " "
                + (anio == null ? "cuatrienio" : anio) + " al " + v.hasta() + ", página " + pagina + ": "
                + visibles.size() + " visibles, " + ocultos + " ocultos");
        return new Detalle(visibles, cuantos, ocultos, pagina);
    }

    private Registro deCaso(Usuario u, String clave, LocalDate fecha, long casoId, boolean datosPersonales) {
        Caso c = repositorio.caso(casoId).orElse(null);
        if (c == null || !PoliticaAcceso.trabajaCasos(u) || !PoliticaAcceso.puedeVer(u, c)) {
            return null;
        }
        String persona = null;
        if (clave.startsWith("p") && datosPersonales) {
            Persona p = repositorio.persona(Long.parseLong(clave.substring(1))).orElse(null);
            persona = p == null ? null : p.nombreCompleto();
        }
        return new Registro(clave, fecha, "caso", c.getId(), c.getRadicado(), c.getSede().getNombre(),
                c.getRuta().nombre() + " · " + c.getEstado(), persona);
    }

    private Registro deActividad(Usuario u, String clave, LocalDate fecha, long actividadId) {
        Actividad a = repositorio.actividad(actividadId).orElse(null);
        if (a == null || !PoliticaActividades.puedeVer(u, a)) {
            return null;
        }
        return new Registro(clave, fecha, "actividad", a.getId(), a.getTipo().getNombre(), a.getSede().getNombre(),
                a.getObjeto() == null ? a.getLugar() : a.getObjeto() + " · " + a.getLugar(), null);
    }

    /** Las claves de la cifra: para los acumulados, primera vez en el cuatrienio dentro del periodo. */
    private static Ventana ventana(Indicador i, Integer anio, LocalDate corte) {
        LocalDate desde = anio == null ? Cuatrienio.INICIO : Cuatrienio.inicioDe(anio);
        int ambito = anio == null || i.getTipoMeta() == TipoMeta.ACUMULADO ? 0 : anio;
        return new Ventana(i.getCodigoTexto(), ambito, desde, corte);
    }

    private static List<Celda> celdas(List<Object[]> filas, boolean suprimir) {
        Map<String, Map<ParteDeLaCifra, Long>> porCategoria = new LinkedHashMap<>();
        for (Object[] f : filas) {
            porCategoria.computeIfAbsent(String.valueOf(f[1]), k -> new EnumMap<>(ParteDeLaCifra.class))
                    .put(ParteDeLaCifra.valueOf(String.valueOf(f[0]).trim()), ((Number) f[2]).longValue());
        }
        List<Celda> r = new ArrayList<>();
        porCategoria.forEach((cat, cantidades) -> {
            boolean pequena = cantidades.values().stream().anyMatch(n -> n > 0 && n < MINIMO_PUBLICABLE);
            r.add(suprimir && pequena ? new Celda(cat, Map.of(), true) : new Celda(cat, cantidades, false));
        });
        return r;
    }

    private static LocalDate fecha(Object o) {
        return o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(String.valueOf(o));
    }
}
