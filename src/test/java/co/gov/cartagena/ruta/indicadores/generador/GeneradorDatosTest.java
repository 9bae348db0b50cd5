package co.gov.cartagena.ruta.indicadores.generador;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.ConvertidorDatosRuta;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.sedes.Localidades;
import jakarta.json.Json;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lo que produce el generador, sin base de datos: cada caso pasa las validaciones de su ruta (campos, estados y
 * transiciones con sus requisitos, atenciones permitidas en el estado de su fecha, tipo de sede, papel y edad del
 * titular), los radicados y documentos son únicos, todas las rutas se usan y la misma semilla da los mismos datos.
 */
class GeneradorDatosTest {

    static final int CASOS = 2_000;
    static final long ATENCIONES = 6_000;
    static final Pattern RADICADO = Pattern.compile("RUTA-(\\d{4})-(\\d{6})");

    /** Guarda las filas en memoria para revisarlas. */
    static final class Memoria implements Sumidero {
        final Map<Tabla, List<Object[]>> filas = new EnumMap<>(Tabla.class);

        @Override
        public void fila(Tabla tabla, Object... valores) {
            assertEquals(tabla.columnas().size(), valores.length, "columnas de " + tabla);
            filas.computeIfAbsent(tabla, t -> new ArrayList<>()).add(valores);
        }

        List<Object[]> de(Tabla t) {
            return filas.getOrDefault(t, List.of());
        }
    }

    static Memoria datos;
    static GeneradorDatos generador;

    @BeforeAll
    static void generar() {
        datos = new Memoria();
        generador = new GeneradorDatos(GeneradorDatos.Parametros.de(42, CASOS, ATENCIONES),
                EstadoInicial.baseRecienMigrada());
        List<String> omitidas = generador.generar(datos);
        // cada ruta del contrato que ya existe se genera; las que aún no existen se omiten (y se informan)
        for (String r : omitidas) {
            assertFalse(existe(r), r + " existe y no se generó");
        }
    }

    static boolean existe(String ruta) {
        for (Ruta r : Ruta.values()) {
            if (r.name().equals(ruta)) {
                return true;
            }
        }
        return false;
    }

    static Object v(Object[] fila, Tabla t, String col) {
        return fila[t.col(col)];
    }

    static long id(Object[] fila) {
        return ((Number) fila[0]).longValue();
    }

    @Test
    void todasLasRutasTienenPerfilYCasos() {
        Set<String> perfiles = new HashSet<>();
        GeneradorDatos.PERFILES.forEach(p -> perfiles.add(p.ruta()));
        Map<String, Integer> porRuta = new HashMap<>();
        for (Object[] c : datos.de(Tabla.CASO)) {
            porRuta.merge((String) v(c, Tabla.CASO, "ruta"), 1, Integer::sum);
        }
        for (Ruta r : Ruta.values()) {
            assertTrue(perfiles.contains(r.name()), "el generador no conoce la ruta " + r);
            assertTrue(porRuta.getOrDefault(r.name(), 0) >= GeneradorDatos.MINIMO_POR_RUTA, "sin casos: " + r);
        }
        assertEquals(CASOS, datos.de(Tabla.CASO).size());
        // la mayoría son de Casa de Justicia y Comisaría
        int cjYComisaria = porRuta.getOrDefault("CASA_DE_JUSTICIA", 0)
                + porRuta.getOrDefault("VIOLENCIA_INTRAFAMILIAR", 0);
        assertTrue(cjYComisaria > CASOS * 0.7, "Casa de Justicia + Comisaría: " + cjYComisaria);
    }

    @Test
    void cadaCasoCumpleLasReglasDeSuRuta() {
        Map<Long, Object[]> personas = new HashMap<>();
        datos.de(Tabla.PERSONA).forEach(p -> personas.put(id(p), p));
        Map<Long, String> tipoSede = new HashMap<>();
        EstadoInicial.baseRecienMigrada().sedes().forEach(s -> tipoSede.put(s.id(), s.tipo()));
        datos.de(Tabla.SEDE).forEach(s -> tipoSede.put(id(s), (String) v(s, Tabla.SEDE, "tipo")));
        Map<Long, List<Object[]>> eventos = agrupar(Tabla.CASO_EVENTO, "caso_id");
        Map<Long, List<Object[]>> participantes = agrupar(Tabla.CASO_PERSONA, "caso_id");
        Map<Long, List<Object[]>> atenciones = agrupar(Tabla.ATENCION, "caso_id");
        Set<String> radicados = new HashSet<>();
        Map<Integer, Long> maximo = new TreeMap<>();
        int cerrados = 0;
        int anulados = 0;
        for (Object[] c : datos.de(Tabla.CASO)) {
            long casoId = id(c);
            Ruta ruta = Ruta.valueOf((String) v(c, Tabla.CASO, "ruta"));
            DefinicionRuta def = ruta.definicion();
            String radicado = (String) v(c, Tabla.CASO, "radicado");
            LocalDate apertura = (LocalDate) v(c, Tabla.CASO, "fecha_apertura");
            assertTrue(radicados.add(radicado), "radicado repetido " + radicado);
            var m = RADICADO.matcher(radicado);
            assertTrue(m.matches(), radicado);
            assertEquals(apertura.getYear(), Integer.parseInt(m.group(1)));
            maximo.merge(apertura.getYear(), Long.parseLong(m.group(2)), Math::max);
            assertFalse(apertura.isBefore(GeneradorDatos.DESDE) || apertura.isAfter(GeneradorDatos.HASTA));
            String tipo = tipoSede.get((Long) v(c, Tabla.CASO, "sede_id"));
            assertTrue(def.tiposSede().isEmpty() || def.tiposSede().stream().anyMatch(t -> t.name().equals(tipo)),
                    ruta + " en sede " + tipo);

            // campos: la validación de la ruta los deja igual
            Map<String, String> campos = new ConvertidorDatosRuta()
                    .convertToEntityAttribute((String) v(c, Tabla.CASO, "datos_ruta"));
            assertEquals(campos, def.validarCampos(campos, HOY), radicado);

            // historia: apertura en el estado inicial, transiciones permitidas con sus requisitos, cierre
            List<Object[]> hist = eventos.get(casoId);
            assertNull(v(hist.get(0), Tabla.CASO_EVENTO, "estado_de"));
            assertEquals(def.estadoInicial(), v(hist.get(0), Tabla.CASO_EVENTO, "estado_a"));
            String estado = def.estadoInicial();
            LocalDateTime antes = (LocalDateTime) v(hist.get(0), Tabla.CASO_EVENTO, "momento");
            for (Object[] e : hist.subList(1, hist.size())) {
                assertEquals(estado, v(e, Tabla.CASO_EVENTO, "estado_de"));
                String a = (String) v(e, Tabla.CASO_EVENTO, "estado_a");
                assertTrue(a.equals(DefinicionRuta.CERRADO) || def.siguientes(estado).contains(a),
                        radicado + ": " + estado + " → " + a);
                for (String requerido : def.requisitosPara(a)) {
                    assertTrue(campos.containsKey(requerido), radicado + " en " + a + " sin " + requerido);
                }
                LocalDateTime momento = (LocalDateTime) v(e, Tabla.CASO_EVENTO, "momento");
                assertTrue(momento.isAfter(antes), radicado + ": historia fuera de orden");
                antes = momento;
                estado = a;
            }
            assertEquals(estado, v(c, Tabla.CASO, "estado"), radicado);
            boolean cerrado = DefinicionRuta.CERRADO.equals(estado);
            assertEquals(cerrado, v(c, Tabla.CASO, "fecha_cierre") != null);
            cerrados += cerrado ? 1 : 0;
            boolean anulado = (Boolean) v(c, Tabla.CASO, "anulado");
            assertEquals(anulado, v(c, Tabla.CASO, "motivo_anulacion") != null);
            anulados += anulado ? 1 : 0;

            // personas: papel permitido; el titular cumple la edad, la condición de víctima o de mujer
            List<Object[]> ps = participantes.get(casoId);
            Set<Long> enElCaso = new HashSet<>();
            for (Object[] pa : ps) {
                assertTrue(def.roles().contains(RolParticipante.valueOf((String) v(pa, Tabla.CASO_PERSONA, "rol"))));
                enElCaso.add((Long) v(pa, Tabla.CASO_PERSONA, "persona_id"));
            }
            Object[] titular = personas.get((Long) v(ps.get(0), Tabla.CASO_PERSONA, "persona_id"));
            assertNotNull(titular, radicado + ": titular sin fila de persona");
            int edad = Period.between((LocalDate) v(titular, Tabla.PERSONA, "fecha_nacimiento"), apertura).getYears();
            assertTrue(edad >= def.edadMinima().orElse(0) && edad <= def.edadMaxima().orElse(200),
                    radicado + ": edad " + edad);
            if (GeneradorDatos.TITULAR_VICTIMA.contains(ruta.name())) {
                assertEquals(true, v(titular, Tabla.PERSONA, "victima_conflicto"), radicado);
            }
            if (GeneradorDatos.TITULAR_MUJER.contains(ruta.name())) {
                assertEquals("MUJER", v(titular, Tabla.PERSONA, "sexo"), radicado);
            }

            // atenciones: tipo de la ruta, permitido en algún estado vigente en su fecha, dentro del caso
            TreeMap<LocalDate, List<String>> vigentes = new TreeMap<>();
            for (Object[] e : hist) {
                LocalDate f = ((LocalDateTime) v(e, Tabla.CASO_EVENTO, "momento")).toLocalDate();
                vigentes.computeIfAbsent(f, k -> new ArrayList<>()).add((String) v(e, Tabla.CASO_EVENTO, "estado_a"));
            }
            for (Object[] a : atenciones.getOrDefault(casoId, List.of())) {
                String tipoAt = (String) v(a, Tabla.ATENCION, "tipo");
                LocalDate fecha = (LocalDate) v(a, Tabla.ATENCION, "fecha");
                assertTrue(def.tiposAtencion().contains(tipoAt), radicado + ": " + tipoAt);
                assertFalse(fecha.isBefore(apertura) || fecha.isAfter(GeneradorDatos.HASTA));
                LocalDate cierre = (LocalDate) v(c, Tabla.CASO, "fecha_cierre");
                assertTrue(cierre == null || !fecha.isAfter(cierre), radicado + ": atención después del cierre");
                Set<String> posibles = new HashSet<>();
                posibles.add(vigentes.floorEntry(fecha).getValue().get(vigentes.floorEntry(fecha).getValue().size() - 1));
                posibles.addAll(vigentes.getOrDefault(fecha, List.of()));
                if (vigentes.lowerEntry(fecha) != null && vigentes.containsKey(fecha)) {
                    List<String> previos = vigentes.lowerEntry(fecha).getValue();
                    posibles.add(previos.get(previos.size() - 1));
                }
                assertTrue(posibles.stream().anyMatch(s -> def.estadosParaAtencion(tipoAt).contains(s)),
                        radicado + ": " + tipoAt + " el " + fecha + " en " + posibles);
                assertTrue(enElCaso.contains((Long) v(a, Tabla.ATENCION, "persona_id")));
            }
        }
        assertEquals(maximo, generador.consecutivos(), "el consecutivo de radicado queda al día");
        assertTrue(cerrados > 0 && anulados > 0, "cerrados " + cerrados + ", anulados " + anulados);
    }

    @Test
    void personasVerosimilesYUnicas() {
        Set<String> documentos = new HashSet<>();
        Map<String, Integer> porTipo = new HashMap<>();
        for (Object[] p : datos.de(Tabla.PERSONA)) {
            String tipo = (String) v(p, Tabla.PERSONA, "tipo_documento");
            String numero = (String) v(p, Tabla.PERSONA, "numero_documento");
            porTipo.merge(tipo, 1, Integer::sum);
            assertEquals(tipo.equals("SIN_DOCUMENTO"), numero == null);
            if (numero != null) {
                assertTrue(documentos.add(tipo + " " + numero), "documento repetido " + tipo + " " + numero);
            }
            LocalDate nacimiento = (LocalDate) v(p, Tabla.PERSONA, "fecha_nacimiento");
            int edad = Period.between(nacimiento, ((LocalDateTime) v(p, Tabla.PERSONA, "creado_en")).toLocalDate())
                    .getYears();
            if ("Colombiana".equals(v(p, Tabla.PERSONA, "nacionalidad"))) {
                String esperado = edad < 7 ? "RC" : edad < 18 ? "TI" : "CC";
                assertTrue(tipo.equals(esperado) || tipo.equals("SIN_DOCUMENTO"), tipo + " a los " + edad);
            }
            String localidad = (String) v(p, Tabla.PERSONA, "localidad");
            assertTrue(Localidades.TODAS.contains(localidad), localidad);
            assertTrue(Catalogos.BARRIOS.get(localidad).contains((String) v(p, Tabla.PERSONA, "barrio")));
        }
        int personas = datos.de(Tabla.PERSONA).size();
        assertTrue(personas > CASOS * 0.6 && personas < CASOS * 1.0, "personas: " + personas);
        assertTrue(porTipo.containsKey("CC") && porTipo.containsKey("TI") && porTipo.containsKey("PPT"), "" + porTipo);
        // algunas personas están en varios casos
        Map<Long, Integer> casosPorPersona = new HashMap<>();
        datos.de(Tabla.CASO_PERSONA).forEach(cp -> casosPorPersona.merge((Long) v(cp, Tabla.CASO_PERSONA,
                "persona_id"), 1, Integer::sum));
        assertTrue(casosPorPersona.values().stream().filter(n -> n > 1).count() > CASOS / 20);
    }

    @Test
    void atencionesActividadesYSedesEnProporcion() {
        int atenciones = datos.de(Tabla.ATENCION).size();
        assertTrue(Math.abs(atenciones - ATENCIONES) < ATENCIONES * 0.05, "atenciones: " + atenciones);
        assertTrue(datos.de(Tabla.ATENCION).stream().anyMatch(a -> (Boolean) v(a, Tabla.ATENCION, "anulada")));
        assertEquals(GeneradorDatos.Parametros.de(42, CASOS, ATENCIONES).actividades(),
                datos.de(Tabla.ACTIVIDAD).size());
        Set<Long> tipos = new HashSet<>();
        datos.de(Tabla.ACTIVIDAD).forEach(a -> tipos.add((Long) v(a, Tabla.ACTIVIDAD, "tipo_id")));
        assertEquals(13, tipos.size(), "todos los tipos de actividad del plan");
        for (Object[] a : datos.de(Tabla.ACTIVIDAD)) {
            String objeto = (String) v(a, Tabla.ACTIVIDAD, "objeto");
            String clave = (String) v(a, Tabla.ACTIVIDAD, "objeto_clave");
            assertEquals(objeto == null, clave == null);
            if (clave != null) {
                assertEquals(clave, clave.toLowerCase(), clave);
                assertFalse(clave.contains("  ") || clave.matches(".*[áéíóú].*"), clave);
            }
        }
        // sedes nuevas con historia, y evidencias de actividades (con y sin soporte)
        assertTrue(datos.de(Tabla.SEDE).size() >= 10);
        assertTrue(datos.de(Tabla.SEDE_ESTADO).size() > datos.de(Tabla.SEDE).size());
        assertTrue(datos.de(Tabla.ADJUNTO_ACTIVIDAD).size() > datos.de(Tabla.ACTIVIDAD).size() * 0.8);
        assertTrue(datos.de(Tabla.ADJUNTO_ACTIVIDAD).size() < datos.de(Tabla.ACTIVIDAD).size());
    }

    @Test
    void laMismaSemillaDaLosMismosDatos() {
        assertEquals(huella(7), huella(7));
        assertNotEquals(huella(7), huella(8));
    }

    @Test
    void rechazaParametrosSinSentido() {
        assertThrows(IllegalArgumentException.class, () -> GeneradorDatos.Parametros.de(1, 10, 30));
    }

    static String huella(long semilla) {
        SumideroHuella h = new SumideroHuella();
        new GeneradorDatos(GeneradorDatos.Parametros.de(semilla, 1_000, 3_000), EstadoInicial.baseRecienMigrada())
                .generar(h);
        return h.huella();
    }

    static Map<Long, List<Object[]>> agrupar(Tabla t, String columna) {
        Map<Long, List<Object[]>> m = new HashMap<>();
        for (Object[] f : datos.de(t)) {
            m.computeIfAbsent((Long) v(f, t, columna), k -> new ArrayList<>()).add(f);
        }
        return m;
    }
}
