package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.TipoSede;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Datos de ejemplo válidos para cada ruta: los campos obligatorios al abrir y los que exige cada estado. Los usan
 * las pruebas unitarias y las de integración para recorrer el ciclo de vida completo de cada ruta.
 */
public final class Ejemplos {

    public static final LocalDate APERTURA = LocalDate.of(2025, 3, 3);

    private Ejemplos() {
    }

    public static Sede sedePara(Ruta ruta) {
        return switch (ruta) {
            case VIOLENCIA_INTRAFAMILIAR -> new Sede("CF-01", "Comisaría de Familia 1", TipoSede.COMISARIA_DE_FAMILIA, null, "prueba");
            case CASA_DE_JUSTICIA -> new Sede("CJ-CANAPOTE", "Casa de Justicia de Canapote", TipoSede.CASA_DE_JUSTICIA, null, "prueba");
            case CENTRO_INTEGRATE -> new Sede("CI-INTEGRATE", "Centro Intégrate", TipoSede.CENTRO_INTEGRATE, null, "prueba");
            default -> new Sede("SICC", "Secretaría", TipoSede.SEDE_ADMINISTRATIVA, null, "prueba");
        };
    }

    public static String codigoSedePara(Ruta ruta) {
        return sedePara(ruta).getCodigo();
    }

    public static Persona joven() {
        return new Persona(DatosPersona.minimos(TipoDocumento.TI, "1001234567", "Kevin Andrés", "Julio Pérez",
                LocalDate.of(2008, 5, 10), Sexo.HOMBRE), null, "prueba", HOY);
    }

    /** Una mujer adulta (nacida en 1985) registrada como víctima del conflicto, con autorización de datos sensibles. */
    public static Persona adultaVictima() {
        DatosPersona minimos = DatosPersona.minimos(TipoDocumento.CC, "45123456", "María Fernanda", "Barrios Julio",
                LocalDate.of(1985, 8, 20), Sexo.MUJER);
        Persona p = new Persona(minimos, null, "prueba", HOY);
        p.otorgarConsentimiento(APERTURA, AlcanceConsentimiento.DATOS_SENSIBLES, "Formato firmado", "prueba", HOY);
        p.actualizar(comoVictima(minimos), "prueba", HOY);
        return p;
    }

    /** Los mismos datos, marcando a la persona como víctima del conflicto armado. */
    public static DatosPersona comoVictima(DatosPersona d) {
        return new DatosPersona(d.tipoDocumento(), d.numeroDocumento(), d.nombres(), d.apellidos(),
                d.fechaNacimiento(), d.sexo(), d.identidadGenero(), d.orientacionSexual(), d.etnia(), d.discapacidad(),
                d.nacionalidad(), d.estatusMigratorio(), true, d.registradaRuv(), d.telefono(), d.correo(),
                d.direccion(), d.localidad(), d.barrio());
    }

    /** Una persona que cumple las condiciones de la ruta (edad, condición de víctima, sexo). */
    public static Persona titularPara(Ruta ruta) {
        return switch (ruta) {
            case LABORATORIOS_DE_PAZ, PROYECTOS_DE_VIDA -> joven();
            default -> adultaVictima();
        };
    }

    /** Campos obligatorios para abrir un caso de la ruta. */
    public static Map<String, String> apertura(Ruta ruta) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (ruta) {
            case AYUDA_HUMANITARIA_INMEDIATA -> {
                m.put("fechaDeclaracion", "2025-03-01");
                m.put("entidadDeclaracion", "PERSONERIA");
                m.put("hechoVictimizante", "DESPLAZAMIENTO_FORZADO");
                m.put("fechaHecho", "2025-02-20");
            }
            case PROTECCION_PREVENTIVA -> {
                m.put("liderSocial", "true");
                m.put("tipoAmenaza", "PANFLETO");
            }
            case TRATA_DE_PERSONAS -> {
                m.put("formaExplotacion", "EXPLOTACION_SEXUAL");
                m.put("modalidad", "EXTERNA");
            }
            case VIOLENCIA_INTRAFAMILIAR -> {
                m.put("tipoViolencia", "FISICA");
                m.put("fechaHechos", "2025-03-01");
            }
            case CASA_DE_JUSTICIA -> m.put("asunto", "FAMILIA");
            case MESA_DE_VICTIMAS -> {
                m.put("inicioPeriodo", "2025-01-01");
                m.put("finPeriodo", "2028-12-31");
                m.put("sectorRepresentado", "MUJERES");
            }
            case REINTEGRACION -> m.put("proceso", "REINCORPORACION");
            case PPL_PSICOSOCIAL -> m.put("establecimiento", "EPMSC Cartagena");
            case CENTRO_INTEGRATE -> m.put("poblacion", "MIGRANTE");
            default -> {
            }
        }
        return m;
    }

    /** Valores que satisfacen lo que exige cualquier estado de cualquier ruta. */
    public static Map<String, String> requisitos(Ruta ruta, String estado) {
        Map<String, String> todos = new HashMap<>();
        todos.put("fechaVerificacion", "2025-03-04");
        todos.put("motivoNoCumple", "El hecho ocurrió hace más de tres meses");
        todos.put("nivelRiesgo", "EXTRAORDINARIO");
        todos.put("medidasAdoptadas", "Rondas policiales y botón de apoyo");
        todos.put("fechaRemisionUnp", "2025-03-05");
        todos.put("fechaRespuestaUnp", "2025-03-20");
        todos.put("respuestaUnp", "Se asigna esquema de protección");
        todos.put("fechaReporteCoat", "2025-03-04");
        todos.put("fechaEgreso", "2025-06-30");
        todos.put("motivoRetiro", "Cambio de ciudad");
        todos.put("medidaProvisional", "Desalojo del agresor");
        todos.put("fechaAudiencia", "2025-03-10");
        todos.put("medidaDefinitiva", "Prohibición de acercamiento");
        todos.put("incumplimiento", "Se acercó a la vivienda");
        todos.put("fechaSolicitudConciliacion", "2025-03-04");
        todos.put("resultadoAudiencia", "Acta 12 de 2025");
        todos.put("motivoNoAprobado", "No cumple el perfil del plan de negocio");
        todos.put("unidadProductiva", "Tienda de barrio: nevera y estantería");
        todos.put("valorUnidad", "2500000");
        todos.put("fechaEntrega", "2025-03-20");
        todos.put("numeroActa", "ACTA-UP-015");
        todos.put("fechaRetiro", "2025-06-30");
        todos.put("establecimientoDestino", "Cárcel de Barranquilla");
        Map<String, String> m = new LinkedHashMap<>();
        for (String campo : ruta.definicion().requisitosPara(estado)) {
            m.put(campo, todos.get(campo));
        }
        return m;
    }
}
