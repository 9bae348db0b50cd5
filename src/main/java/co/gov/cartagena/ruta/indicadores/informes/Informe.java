package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.avance.Semaforo;
import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import static co.gov.cartagena.ruta.comun.FormatoFecha.FECHA;
import static co.gov.cartagena.ruta.comun.FormatoFecha.FECHA_HORA;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * El informe de avance de los indicadores a una fecha de corte, ya medido y listo para escribir en Excel, PDF o CSV:
 * el encabezado (periodo, fecha de corte, filtro de sede y quién lo generó y cuándo, en hora de Colombia) y una fila
 * por indicador en el orden del plan. Solo lleva cifras agregadas: ningún dato personal.
 *
 * @param anio        {@code null}: el cuatrienio hasta el corte; si no, ese año
 * @param corte       la fecha de corte efectiva
 * @param sedeCodigo  el filtro de sede, o {@code null} para todas
 * @param sedeNombre  el nombre de esa sede, o {@code null}
 * @param generadoPor el usuario que lo generó
 * @param generadoEn  cuándo, en hora de Colombia
 * @param filas       los indicadores, en el orden del plan
 */
public record Informe(Integer anio, LocalDate corte, String sedeCodigo, String sedeNombre, String generadoPor,
        ZonedDateTime generadoEn, List<Fila> filas) {

    static final String TITULO = "Informe de avance de los indicadores del plan";
    static final String SUBTITULO = "Línea estratégica Seguridad Humana · Plan de Desarrollo 2024–2027 "
            + "«Cartagena, Ciudad de Derechos»";
    static final Locale COLOMBIA = Locale.forLanguageTag("es-CO");

    /** Las columnas de Excel y CSV, en su orden. */
    static final List<String> COLUMNAS = List.of("Código", "Indicador", "Nivel", "Componente", "Programa", "Fuente",
            "Tipo de meta", "Unidad", "Línea base", "Meta del periodo", "Valor", "Numerador", "Denominador",
            "Avance (%)", "Esperado (%)", "Semáforo", "Fecha del valor", "Origen del valor", "Nota");

    public Informe {
        Objects.requireNonNull(corte, "corte");
        Objects.requireNonNull(generadoPor, "generadoPor");
        Objects.requireNonNull(generadoEn, "generadoEn");
        filas = List.copyOf(filas);
    }

    /**
     * Una fila del informe: un indicador con su medición.
     *
     * @param lineaBase   {@code null} si el plan no la trae
     * @param meta        la meta del periodo
     * @param metaAnual   si la meta sale de las metas anuales del plan indicativo
     * @param valor       {@code null} si no hay valor a la fecha de corte
     * @param numerador   con {@code denominador}, en las proporciones que los traen
     * @param avance      la razón sin recortar (1 = meta cumplida); {@code null} si no se calculó
     * @param esperado    el avance esperado a la fecha de corte, como razón
     * @param nota        por qué no hay avance, o {@code null}
     */
    public record Fila(String codigo, String nombre, String nivel, String componente, String programa, String fuente,
            String tipoMeta, String unidad, BigDecimal lineaBase, BigDecimal meta, boolean metaAnual, BigDecimal valor,
            BigDecimal numerador, BigDecimal denominador, LocalDate fechaValor, String origenValor, BigDecimal avance,
            BigDecimal esperado, Semaforo semaforo, String nota) {

        public Fila {
            Objects.requireNonNull(codigo, "codigo");
            Objects.requireNonNull(semaforo, "semaforo");
        }

        /** La fila de un indicador medido. */
        public static Fila de(SeguimientoIndicador s) {
            Indicador i = s.indicador();
            Medicion m = s.medicion();
            Valor v = m.valor();
            return new Fila(i.getCodigoTexto(), i.getNombre(), i.getNivel().codigo(), i.getComponente().getNombre(),
                    i.getPrograma() == null ? null : i.getPrograma().getNombre(), i.getFuente().codigo(),
                    i.getTipoMeta().codigo(), i.getUnidad(), i.getLineaBase(), m.meta(), m.metaAnual(),
                    v == null ? null : v.valor(), v == null ? null : v.numerador(), v == null ? null : v.denominador(),
                    v == null ? null : v.fechaCorte(), v == null ? null : v.fuente(), m.avance().getRazon(),
                    m.esperado(), m.semaforo(), m.avance().getMotivo());
        }

        /** El semáforo como se lee: Verde, Amarillo, Rojo o Sin datos. */
        public String semaforoTexto() {
            return Informe.semaforo(semaforo);
        }

        /** La nota de la fila: por qué no hay avance y si la meta es la anual. */
        public String notaCompleta() {
            List<String> partes = new ArrayList<>();
            if (nota != null && !nota.isBlank()) {
                partes.add(nota);
            }
            if (lineaBase == null && (nota == null || !nota.contains("línea base"))) {
                partes.add("El plan no trae línea base");
            }
            if (metaAnual) {
                partes.add("Meta del año según el plan indicativo");
            }
            return String.join("; ", partes);
        }
    }

    /** «Año 2026» o «Cuatrienio 2024–2027». */
    public String periodo() {
        return anio == null ? "Cuatrienio " + Cuatrienio.PRIMER_ANIO + "–" + Cuatrienio.ULTIMO_ANIO : "Año " + anio;
    }

    /** La fecha de corte, dd/MM/aaaa. */
    public String corteTexto() {
        return FECHA.format(corte);
    }

    /** «Todas las sedes» o «Casa de Justicia de Canapote (CJ-CANAPOTE)». */
    public String sede() {
        return sedeCodigo == null ? "Todas las sedes" : sedeNombre + " (" + sedeCodigo + ")";
    }

    /** «Generado por supervisora el 24/11/2026 10:31 (hora de Colombia)». */
    public String generado() {
        return "Generado por " + generadoPor + " el " + FECHA_HORA.format(generadoEn) + " (hora de Colombia)";
    }

    /** Las líneas del encabezado, iguales en todos los formatos. */
    public List<String> encabezado() {
        List<String> lineas = new ArrayList<>();
        lineas.add("Periodo: " + periodo());
        lineas.add("Fecha de corte: " + corteTexto());
        lineas.add("Sede: " + sede());
        lineas.add(generado());
        return lineas;
    }

    /** Lo que el lector debe saber para leer las cifras. */
    public List<String> notas() {
        List<String> notas = new ArrayList<>();
        notas.add("Avance: razón sin recortar frente a la meta del periodo (más de 100 % es sobrecumplimiento). "
                + "Semáforo: verde desde el 90 % del avance esperado a la fecha de corte, amarillo desde el 70 %, "
                + "rojo por debajo.");
        if (sedeCodigo != null) {
            notas.add("Con filtro de sede solo cuenta lo registrado en esa sede; los valores reportados (fuentes "
                    + "manual y externo) y los del registro de sedes no se desagregan por sede y quedan sin valor.");
        }
        notas.add("Cifras agregadas, sin datos personales.");
        return notas;
    }

    /** Nombre del archivo: {@code informe-avance-2026-corte-2026-11-24[-CJ-CANAPOTE].xlsx}. */
    public String nombreArchivo(FormatoInforme formato) {
        String periodo = anio == null ? "cuatrienio" : String.valueOf(anio);
        String sede = sedeCodigo == null ? "" : "-" + sedeCodigo.replaceAll("[^A-Za-z0-9_-]", "_");
        return "informe-avance-" + periodo + "-corte-" + corte + sede + "." + formato.extension();
    }

    // ---------------------------------------------------------------- números y textos comunes a los formatos

    static String semaforo(Semaforo s) {
        return switch (s) {
            case VERDE -> "Verde";
            case AMARILLO -> "Amarillo";
            case ROJO -> "Rojo";
            case SIN_DATOS -> "Sin datos";
        };
    }

    /** Una razón en porcentaje, sin redondear más que las razones: 0.666700 → 66.67. */
    static BigDecimal porcentaje(BigDecimal razon) {
        return razon == null ? null : limpio(razon.movePointRight(2));
    }

    /** Sin ceros de relleno ni notación científica. */
    static BigDecimal limpio(BigDecimal numero) {
        if (numero == null) {
            return null;
        }
        BigDecimal sinCeros = numero.stripTrailingZeros();
        return sinCeros.scale() < 0 ? sinCeros.setScale(0) : sinCeros;
    }

    /** Un número como se escribe en Colombia, con separador de miles: 2.672; 35,1. */
    static String numero(BigDecimal valor) {
        if (valor == null) {
            return "";
        }
        NumberFormat formato = NumberFormat.getNumberInstance(COLOMBIA);
        formato.setMaximumFractionDigits(4);
        formato.setRoundingMode(RoundingMode.HALF_EVEN);
        return formato.format(valor);
    }

    /** Un número sin separador de miles y con coma decimal, para CSV: 2672; 35,1. */
    static String numeroPlano(BigDecimal valor) {
        if (valor == null) {
            return "";
        }
        DecimalFormatSymbols simbolos = DecimalFormatSymbols.getInstance(COLOMBIA);
        simbolos.setDecimalSeparator(',');
        simbolos.setMinusSign('-');
        DecimalFormat formato = new DecimalFormat("0.##########", simbolos);
        formato.setGroupingUsed(false);
        return formato.format(limpio(valor));
    }

    /** Una razón como porcentaje con un decimal: 0,5 → «50,0 %». */
    static String porcentajeTexto(BigDecimal razon) {
        if (razon == null) {
            return "";
        }
        NumberFormat formato = NumberFormat.getNumberInstance(COLOMBIA);
        formato.setMinimumFractionDigits(1);
        formato.setMaximumFractionDigits(1);
        formato.setRoundingMode(RoundingMode.HALF_EVEN);
        return formato.format(razon.movePointRight(2)) + " %";
    }

    static String fecha(LocalDate fecha) {
        return fecha == null ? "" : FECHA.format(fecha);
    }
}
