package co.gov.cartagena.ruta.persistencia;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.casos.Atencion;
import co.gov.cartagena.ruta.casos.Caso;
import jakarta.persistence.EntityListeners;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * El almacén de los indicadores se entera de cada cambio sin que ningún servicio tenga que acordarse: las entidades
 * que lo alimentan avisan solas al guardarse ({@link ConAviso}, {@link AvisoDeCambios}), toda transacción de servicio
 * es una {@link UnidadDeTrabajo} (que entrega los avisos, {@link EntregaDeAvisos}) y nadie dispara esos eventos a mano.
 * Un método nuevo de un servicio, o un servicio nuevo, no puede dejar el almacén atrasado sin romper esta prueba.
 */
class AvisosDeCambiosTest {

    private static final Path FUENTES = Path.of(System.getProperty("ruta.raiz", "."), "src/main/java");

    /** Las entidades cuyas tablas lee el almacén (ReglasDelPlan): caso, atención, actividad y su evidencia. */
    private static final List<Class<?>> ALIMENTAN_EL_ALMACEN = List.of(Caso.class, Atencion.class, Actividad.class,
            Adjunto.class);

    private static final Pattern DISPARO_A_MANO = Pattern.compile(
            "Event<\\s*CambioEn(Caso|Actividad|Evidencias)\\s*>|\\.fire\\(\\s*new\\s+CambioEn(Caso|Actividad|Evidencias)");
    private static final Pattern EVENTO_CREADO = Pattern.compile("new\\s+CambioEn(Caso|Actividad|Evidencias)\\(");

    @Test
    void lasEntidadesQueAlimentanElAlmacenAvisanSolas() {
        for (Class<?> entidad : ALIMENTAN_EL_ALMACEN) {
            assertTrue(ConAviso.class.isAssignableFrom(entidad), entidad.getSimpleName() + " no es ConAviso");
            EntityListeners escuchas = entidad.getAnnotation(EntityListeners.class);
            assertTrue(escuchas != null && Arrays.asList(escuchas.value()).contains(AvisoDeCambios.class),
                    entidad.getSimpleName() + " no lleva @EntityListeners(AvisoDeCambios.class)");
        }
    }

    @Test
    void todoServicioTransaccionalEsUnaUnidadDeTrabajoQueEntregaLosAvisos() throws Exception {
        assertTrue(EntregaDeAvisos.class.isAnnotationPresent(UnidadDeTrabajo.class));
        List<String> sinEntrega = new ArrayList<>();
        for (Class<?> c : clases()) {
            Transactional tx = c.getAnnotation(Transactional.class);
            boolean abreTransaccion = tx != null && (tx.value() == Transactional.TxType.REQUIRED
                    || tx.value() == Transactional.TxType.REQUIRES_NEW);
            if (abreTransaccion && !c.isAnnotationPresent(UnidadDeTrabajo.class)) {
                sinEntrega.add(c.getName());
            }
        }
        assertTrue(sinEntrega.isEmpty(), "Servicios con @Transactional sin @UnidadDeTrabajo (sus cambios no avisarían"
                + " al almacén): " + sinEntrega);
    }

    @Test
    void nadieDisparaLosAvisosAMano() throws IOException {
        List<String> aMano = new ArrayList<>();
        List<String> creanEventos = new ArrayList<>();
        for (Path f : fuentes()) {
            String texto = Files.readString(f, StandardCharsets.UTF_8);
            if (DISPARO_A_MANO.matcher(texto).find()) {
                aMano.add(FUENTES.relativize(f).toString());
            }
            if (EVENTO_CREADO.matcher(texto).find() && !texto.contains("implements ConAviso")) {
                creanEventos.add(FUENTES.relativize(f).toString());
            }
        }
        assertTrue(aMano.isEmpty(), "Disparan CambioEnCaso/CambioEnActividad a mano: " + aMano);
        assertTrue(creanEventos.isEmpty(), "Crean CambioEnCaso/CambioEnActividad fuera de una entidad ConAviso: "
                + creanEventos);
    }

    private static List<Path> fuentes() throws IOException {
        try (Stream<Path> s = Files.walk(FUENTES)) {
            List<Path> lista = s.filter(p -> p.toString().endsWith(".java")).toList();
            assertFalse(lista.isEmpty(), "No hay fuentes en " + FUENTES.toAbsolutePath());
            return lista;
        }
    }

    private static List<Class<?>> clases() throws Exception {
        List<Class<?>> clases = new ArrayList<>();
        for (Path f : fuentes()) {
            String nombre = FUENTES.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
            if (!nombre.endsWith("package-info") && !nombre.endsWith("module-info")) {
                clases.add(Class.forName(nombre, false, AvisosDeCambiosTest.class.getClassLoader()));
            }
        }
        return clases;
    }
}
